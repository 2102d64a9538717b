package org.initlab.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.initlab.compare.BaselineReader;
import org.initlab.compare.CompareException;
import org.initlab.compare.Comparison;
import org.initlab.compare.ResultsDiff;
import org.initlab.compare.Snapshot;
import org.initlab.experiment.ProgressListener;
import org.initlab.files.DirectoryKind;
import org.initlab.files.OwnedDirectory;
import org.initlab.site.BuildInfo;
import org.initlab.site.CompareSiteBuilder;
import org.initlab.site.SitePublisher;

/**
 * The comparison pipeline, read aloud: read the current report → read the baseline → diff →
 * publish {@code compare/} inside the report. Only {@code compare/} is replaced; the rest of the
 * report is left as {@code initlab:report} wrote it.
 */
public final class CompareBuilder {
    private final ProgressListener progress;

    public CompareBuilder(ProgressListener progress) {
        this.progress = progress;
    }

    public Comparison compare(CompareRequest request) throws IOException {
        BaselineReader reader;
        try {
            reader = new BaselineReader(request.baseDirectory(), request.timeout());
        } catch (IllegalArgumentException e) {
            throw new CompareException("bad configuration: " + e.getMessage()); // a timeout that is not positive
        }
        Snapshot current = current(request.outputDirectory());
        Snapshot baseline = reader.read(request.baseline());
        Comparison comparison = ResultsDiff.compare(baseline, current, request.thresholds(), request.mode());
        CompareSiteBuilder site = new CompareSiteBuilder(request.sources(), BuildInfo.load());
        Path target = request.outputDirectory().resolve("compare");
        new SitePublisher(progress::info).publish(new OwnedDirectory(target, DirectoryKind.COMPARE,
                        "the compare folder of outputDirectory (property initlab.outputDirectory)", request.baseDirectory()),
                staging -> site.write(comparison, baseline.source(), request.thresholds(), staging));
        progress.info("Compared with " + baseline.source() + ": " + comparison.summary() + "; see " + target.resolve("index.html"));
        return comparison;
    }

    private static Snapshot current(Path outputDirectory) throws IOException {
        Path file = outputDirectory.resolve("results.json");
        if (!Files.isRegularFile(file)) {
            throw new CompareException("no report to compare in " + outputDirectory.toAbsolutePath().normalize()
                    + " (results.json is missing): run initlab:report first, with the same outputDirectory");
        }
        try {
            return Snapshot.parse(Files.readAllBytes(file), file.toString());
        } catch (CompareException e) {
            throw new CompareException("the current report " + file + " cannot be compared: " + e.getMessage());
        }
    }
}
