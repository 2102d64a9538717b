package org.initlab.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.initlab.compare.Thresholds;
import org.initlab.config.ExperimentDefinition;
import org.initlab.experiment.ProgressListener;
import org.initlab.report.CompareBuilder;
import org.initlab.report.CompareRequest;
import org.initlab.report.ReportBuilder;
import org.initlab.report.ReportRequest;
import org.initlab.results.ResultsJson;
import org.initlab.testing.SharedDatasets;

/**
 * The classic suite's report, rendered once per test JVM and shared by the tests that read the
 * whole site (the browser test, the link checker), with a {@code compare/} page against a
 * baseline whose histogram of one layer differs, so the overlay chart exists too. Written fresh
 * under {@code target/classic-site/initlab} on first use and left there to open after the tests.
 */
final class ClassicSite {
    /** Experiments of several seeds beside the classic suite, so their pages are checked too (issue 13). */
    static final List<ExperimentDefinition> SEEDS = List.of(
            ExperimentDefinition.of("seeds-activations").with("title", "Four seeds")
                    .with("dataset", "gaussian(rows=200, cols=20, seed=5)").with("layers", "20,20,20")
                    .with("activation", "relu,sigmoid").with("seeds", "0..3")
                    .withInitializers("xavier_normal", "kaiming_normal(nonlinearity=relu)")
                    .claim("flat", "He keeps ReLU's spread", "post.std(init=kaiming_normal(nonlinearity=relu), act=relu,"
                            + " layer=3) > 0.5 * post.std(init=kaiming_normal(nonlinearity=relu), act=relu, layer=1)", true),
            new ExperimentDefinition("seeds-training", java.util.Map.of("type", "training", "title", "Three seeds",
                    "dataset", "circles(samples=60, noise=0.1, seed=1)", "layers", "5,1", "activation", "relu",
                    "iterations", "200", "seeds", "0,4,9"), List.of("kaiming_normal(nonlinearity=relu)", "zeros"),
                    List.of(new ExperimentDefinition.ClaimDefinition("better", "He learns more than zeros",
                            "trainAccuracy(init=kaiming_normal(nonlinearity=relu)) > trainAccuracy(init=zeros)", true)
                            .withMinFraction(0.5))));
    private static Path site;

    private ClassicSite() {
    }

    static synchronized Path get() throws Exception {
        if (site == null) {
            Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
            Path dir = module.resolve("target/classic-site").toAbsolutePath();
            if (Files.exists(dir)) {
                SitePublisher.deleteTree(dir);
            }
            Files.createDirectories(dir);
            Path rendered = dir.resolve("initlab");
            new ReportBuilder(ProgressListener.SILENT).build(new ReportRequest("classic", SEEDS, rendered,
                    SiteSources.builtIn(), false, "auto", null, SharedDatasets.context(Path.of(".")), false, null, 2));
            compareWithAnEditedBaseline(dir, rendered);
            site = rendered;
        }
        return site;
    }

    /** Adds compare/ to the site, against a baseline whose histogram of one layer differs. */
    private static void compareWithAnEditedBaseline(Path dir, Path rendered) throws Exception {
        ObjectNode baseline = (ObjectNode) ResultsJson.mapper().readTree(rendered.resolve("results.json").toFile());
        ArrayNode counts = (ArrayNode) baseline.at("/experiments/1/runs/2/layers/3/post/histogram/counts");
        for (int i = 0; i < counts.size(); i++) {
            counts.set(i, counts.get(i).longValue() / 2 + (i < counts.size() / 2 ? 1000 : 0));
        }
        Path file = dir.resolve("baseline.json");
        Files.writeString(file, ResultsJson.write(baseline));
        new CompareBuilder(ProgressListener.SILENT).compare(new CompareRequest(file.toString(), rendered, dir,
                Thresholds.DEFAULTS, Duration.ofSeconds(5), SiteSources.builtIn()));
    }
}
