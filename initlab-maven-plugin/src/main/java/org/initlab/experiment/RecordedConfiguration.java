package org.initlab.experiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.initlab.config.ExperimentSpec;
import org.initlab.config.ExperimentType;
import org.initlab.settings.Spec;
import org.initlab.config.Suites;
import org.initlab.config.SweepSpec;
import org.initlab.config.TrainingSpec;
import org.initlab.data.DatasetContext;
import org.initlab.data.DatasetFingerprint;
import org.initlab.init.InitializerCatalog;
import org.initlab.nn.Activation;
import org.initlab.nn.Schedule;
import org.initlab.results.ExperimentConfiguration;
import org.initlab.results.ExperimentConfiguration.ClaimSetting;
import org.initlab.results.ExperimentConfiguration.DatasetSetting;
import org.initlab.results.ExperimentConfiguration.InitializerSetting;
import org.initlab.results.ExperimentConfiguration.SweepSettings;
import org.initlab.results.ExperimentConfiguration.TrainingSettings;

/**
 * The {@link ExperimentConfiguration} a validated experiment records in {@code results.json}. It is
 * made afresh on every build, cached results included, so it always shows this build's claims and
 * explanation (which do not change the numbers, and so not the cache key).
 */
final class RecordedConfiguration {
    /** How {@link DatasetFingerprint} appends a file's hash to its spec. */
    private static final String SHA256 = " sha256=";

    private RecordedConfiguration() {
    }

    static ExperimentConfiguration of(ExperimentSpec spec, DatasetContext datasets) {
        String at = "experiment '" + spec.id() + "'";
        ExperimentType type = spec.type();
        boolean sweep = type == ExperimentType.SWEEP;
        boolean backward = type == ExperimentType.GRADIENTS || sweep && spec.sweep().statistic().needsBackwardPass();
        List<InitializerSetting> initializers = spec.initializers().stream()
                .map(i -> initializer(at + " <initializers>", i)).toList();
        List<ClaimSetting> claims = spec.claims().stream()
                .map(c -> new ClaimSetting(c.id(), c.text(), c.check(), c.expected(), c.minFraction())).toList();
        return new ExperimentConfiguration(type.text(), dataset(at + " <dataset>", spec.dataset(), datasets),
                sweep || !spec.architecture().isDense() ? null : spec.layers(),
                spec.architecture().isDense() ? null : spec.architecture().text(), spec.activations().stream().map(Activation::text).toList(), initializers,
                spec.seed(), spec.seeds().size() > 1 ? spec.seeds() : null, spec.rng().text(), spec.reseedPerLayer() ? "per-layer" : "once", spec.layout().text(),
                spec.float32() ? "float32" : "float64", bias(spec), sweep ? null : spec.bins(), spec.range(),
                sweep ? null : spec.plot().text(), backward ? spec.gradientLoss().text() : null,
                training(at, spec.training(), datasets), sweep(spec.sweep()), claims, spec.explanation(), suite(spec));
    }

    /** The entry the label resolved to, and its keys with the values given, else the defaults. */
    private static InitializerSetting initializer(String field, ExperimentSpec.Labeled init) {
        String label = init.label();
        Spec parsed = Spec.parse(field, label);
        InitializerCatalog.Entry entry = InitializerCatalog.resolve(parsed);
        Map<String, String> arguments = new LinkedHashMap<>();
        entry.defaults().forEach((key, fallback) -> arguments.put(key, parsed.args().getOrDefault(key, fallback)));
        return new InitializerSetting(label, entry.qualifiedName(), arguments, init.named() ? init.name() : null);
    }

    private static String bias(ExperimentSpec spec) {
        if (spec.bias() != null) {
            return spec.bias().spec();
        }
        if (spec.initializers().stream().anyMatch(i -> spec.libraryBias(i.initializer()).isPresent())) {
            return ExperimentSpec.LIBRARY_BIAS; // rebuilt from results.json, the same initializers draw the same biases
        }
        return spec.zeroBias() ? "zeros" : "none";
    }

    private static TrainingSettings training(String at, TrainingSpec t, DatasetContext datasets) {
        if (t == null) {
            return null;
        }
        DatasetSetting test = t.testDataset() == null ? null : dataset(at + " <testDataset>", t.testDataset(), datasets);
        Integer iterations = t.schedule() instanceof Schedule.FullBatch f ? f.iterations() : null;
        Integer epochs = t.schedule() instanceof Schedule.Minibatch m ? m.epochs() : null;
        Integer batchSize = t.schedule() instanceof Schedule.Minibatch m ? m.batchSize() : null;
        return new TrainingSettings(test, t.output().text(), t.loss().text(), t.optimizer().text(), t.learningRate(),
                iterations, epochs, batchSize, t.recordEvery());
    }

    private static SweepSettings sweep(SweepSpec s) {
        return s == null ? null : new SweepSettings(s.depths(), s.widths(), s.statistic().text());
    }

    /** The spec as written, with a CSV file's hash (the one the result cache keys on). */
    private static DatasetSetting dataset(String field, String text, DatasetContext datasets) {
        String fingerprint = DatasetFingerprint.of(field, text, datasets);
        int hash = fingerprint.lastIndexOf(SHA256);
        return new DatasetSetting(text, hash < 0 ? null : fingerprint.substring(hash + SHA256.length()));
    }

    private static String suite(ExperimentSpec spec) {
        return Suites.NAMES.stream().filter(name -> Suites.named(name).contains(spec.definition())).findFirst().orElse(null);
    }
}
