package org.initlab.maven;

import java.io.File;
import java.io.IOException;
import java.time.Duration;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.initlab.compare.BaselineException;
import org.initlab.compare.CompareException;
import org.initlab.compare.CompareMode;
import org.initlab.compare.Comparison;
import org.initlab.compare.Thresholds;
import org.initlab.settings.ConfigException;
import org.initlab.report.CompareBuilder;
import org.initlab.report.CompareRequest;
import org.initlab.site.SiteSources;

/**
 * Compares the current report's {@code results.json} with a baseline and writes
 * {@code compare/index.html} and {@code compare/compare.json} inside the report. Run it after
 * {@code initlab:report}; with {@code failOnChange} it turns a moved figure into a failed build.
 */
@Mojo(name = "compare", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CompareMojo extends AbstractMojo {
    private static final int MAX_LISTED = 20;

    /** Skips the comparison. */
    @Parameter(property = "initlab.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Required. The report to compare with: a report directory (its {@code results.json} is read),
     * a {@code results.json} file — both relative to the project directory — a {@code file:} URL,
     * or the http(s) URL of a published report (its directory, {@code index.html} or
     * {@code results.json}), e.g. {@code -Dinitlab.baseline=https://me.github.io/project/initlab/}.
     */
    @Parameter(property = "initlab.baseline")
    private String baseline;

    /** The current report, written by {@code initlab:report}; the comparison goes to its {@code compare/} folder. */
    @Parameter(property = "initlab.outputDirectory", defaultValue = "${project.build.directory}/initlab")
    private File outputDirectory;

    /** Fails the build when any figure moved beyond its threshold, listing the moved figures. Added or removed experiments do not fail it. */
    @Parameter(property = "initlab.failOnChange", defaultValue = "false")
    private boolean failOnChange;

    /**
     * Relative tolerance of statistics (mean, std, min, max, zeroFraction, counts) and costs: a figure moved
     * when {@code |current − baseline| > max(relativeThreshold · max(|baseline|, |current|), absoluteThreshold)}.
     */
    @Parameter(property = "initlab.relativeThreshold", defaultValue = "1e-9")
    private double relativeThreshold;

    /** Absolute floor of the statistics' tolerance, so values near zero do not count as moved. */
    @Parameter(property = "initlab.absoluteThreshold", defaultValue = "1e-12")
    private double absoluteThreshold;

    /** Largest total variation distance (½ Σ |p − q| of the normalized counts) of a histogram that still counts as unchanged. */
    @Parameter(property = "initlab.histogramThreshold", defaultValue = "0.01")
    private double histogramThreshold;

    /** Largest absolute change of a training or test accuracy that still counts as unchanged. */
    @Parameter(property = "initlab.accuracyThreshold", defaultValue = "1e-9")
    private double accuracyThreshold;

    /**
     * How a figure counts as moved: {@code exact} compares every run (initializer × activation × seed) within the
     * thresholds above; {@code statistical} compares experiments that ran several seeds on both sides by their
     * summaries over the seeds, and a figure moved only when the current median leaves the baseline's interval
     * (interquartile range for per-layer figures and sweep cells, the median's 95 % bootstrap interval for
     * accuracies and the final cost). Experiments of one seed are compared exactly in either mode.
     */
    @Parameter(property = "initlab.compareMode", defaultValue = "exact")
    private String compareMode;

    /** Seconds to wait for a baseline fetched over http(s). */
    @Parameter(property = "initlab.baselineTimeout", defaultValue = "30")
    private int baselineTimeout;

    @Parameter(defaultValue = "${basedir}", readonly = true)
    private File basedir;

    @Parameter(defaultValue = "${session}", readonly = true)
    private MavenSession session;

    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Reactor reactor = new Reactor(session, project);
        if (skip) {
            getLog().info(reactor.prefix() + "skipped (initlab.skip=true)");
            return;
        }
        // in a reactor, a module that initlab:report skipped (it configures nothing) has nothing to compare
        if (reactor.multiProject() && (reactor.reportSkippedHere()
                || ((baseline == null || baseline.isBlank()) && !new File(outputDirectory, "results.json").isFile()))) {
            getLog().info(reactor.prefix() + "no report and nothing configured here; skipped");
            return;
        }
        if (baseline == null || baseline.isBlank()) {
            throw new MojoFailureException("initlab: no baseline to compare with: set the parameter <baseline> (property"
                    + " initlab.baseline) to a report directory, a results.json file or the URL of a published report,"
                    + " e.g. -Dinitlab.baseline=https://me.github.io/project/initlab/");
        }
        Thresholds thresholds;
        CompareMode mode;
        try {
            thresholds = new Thresholds(relativeThreshold, absoluteThreshold, histogramThreshold, accuracyThreshold);
            mode = CompareMode.parse("compareMode (property initlab.compareMode)", compareMode);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("initlab: " + e.getMessage(), e);
        }
        CompareRequest request = new CompareRequest(baseline, outputDirectory.toPath(), basedir.toPath(), thresholds,
                Duration.ofSeconds(baselineTimeout), SiteSources.builtIn(), mode);
        Comparison comparison;
        try {
            comparison = new CompareBuilder(message -> getLog().info(reactor.prefix() + message)).compare(request);
        } catch (BaselineException e) {
            throw new MojoFailureException("initlab: baseline (parameter baseline, property initlab.baseline): "
                    + e.getMessage(), e);
        } catch (CompareException | ConfigException e) {
            throw new MojoFailureException("initlab: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("initlab: could not write the comparison to " + outputDirectory + "/compare: "
                    + e.getMessage(), e);
        }
        if (failOnChange && !comparison.changes().isEmpty()) {
            throw new MojoFailureException("initlab: " + comparison.failureMessage(MAX_LISTED)
                    + "\n(failOnChange is set; see " + new File(outputDirectory, "compare/index.html") + ")");
        }
    }
}
