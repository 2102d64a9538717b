package org.initlab.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.initlab.data.DatasetContext;
import org.initlab.data.DatasetListener;

/**
 * The verified copies of the real data files, in {@code shared/datasets} beside the checkout (CI
 * clones the repository with {@code shared/} next to it). Tests never download: they use this
 * directory as an offline cache. Skipped where it is absent, except on CI ({@code CI=true}).
 * Public for the training tests in {@code org.initlab.nn}, which train on real MNIST.
 */
public final class SharedDatasets {
    private SharedDatasets() {
    }

    public static Path directory() {
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        Path shared = module.resolve("../../shared/datasets").toAbsolutePath().normalize();
        boolean present = Files.isDirectory(shared);
        if ("true".equals(System.getenv("CI"))) {
            assertThat(present).as("the verified data sets at " + shared + " (required on CI)").isTrue();
        }
        assumeTrue(present, "no verified data sets at " + shared);
        return shared;
    }

    /**
     * Offline with an empty cache: for tests of configuration checks, which must fail before any data
     * file is needed and so pass on a fresh clone without {@code shared/} (never skipped).
     */
    public static DatasetContext none(Path emptyDirectory) {
        return new DatasetContext(emptyDirectory, true, emptyDirectory, DatasetListener.SILENT);
    }

    /** Offline, reading the shared copies; relative csv paths from {@code base}. */
    public static DatasetContext context(Path base) {
        return new DatasetContext(directory(), true, base, DatasetListener.SILENT);
    }
}
