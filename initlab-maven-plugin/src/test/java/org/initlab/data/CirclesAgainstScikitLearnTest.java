package org.initlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every value of {@link Circles} against scikit-learn itself, run as a child process. Skipped
 * when Python or scikit-learn is missing, unless {@code -Dinitlab.requireNumpy=true} (then it
 * fails, so a CI machine that should have them cannot silently skip).
 *
 * <p>Tolerance: 1e-15 absolute, because {@link Math#cos}/{@link Math#sin} and the C library may
 * round differently by one ulp; how many values differ at all is printed.
 */
class CirclesAgainstScikitLearnTest {
    private static final String SCRIPT = String.join("\n",
            "import sys, numpy as np, sklearn.datasets",
            "n, noise, factor, seed = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])",
            "np.random.seed(seed)",
            "X, y = sklearn.datasets.make_circles(n_samples=n, noise=noise, factor=factor)",
            "for r in range(n): print(repr(float(X[r, 0])), repr(float(X[r, 1])), int(y[r]))",
            "");

    @ParameterizedTest
    @CsvSource({"300, 0.05, 0.8, 1", "100, 0.05, 0.8, 2", "1001, 0.2, 0.3, 12345", "7, 0, 0.5, 0"})
    void everyValueMatchesScikitLearn(int n, double noise, double factor, long seed) throws Exception {
        List<String> lines = runPython(n, noise, factor, seed);
        Dataset d = Circles.generate(n, noise, factor, seed);
        assertThat(lines).hasSize(n);
        int differing = 0;
        double worst = 0;
        for (int r = 0; r < n; r++) {
            String[] f = lines.get(r).trim().split(" ");
            for (int c = 0; c < 2; c++) {
                double expected = Double.parseDouble(f[c]);
                double actual = d.inputs().get(r, c);
                if (actual != expected) {
                    differing++;
                    worst = Math.max(worst, Math.abs(actual - expected));
                }
                assertThat(Math.abs(actual - expected)).as("x[%d, %d]", r, c).isLessThanOrEqualTo(1e-15);
            }
            assertThat(d.targets()[r]).as("y[%d]", r).isEqualTo(Double.parseDouble(f[2]));
        }
        System.out.printf("circles(%d, %s, %s, seed=%d): %d of %d values differ from scikit-learn (largest %.3g)%n",
                n, noise, factor, seed, differing, 2 * n, worst);
    }

    private static List<String> runPython(int n, double noise, double factor, long seed) throws Exception {
        boolean required = Boolean.getBoolean("initlab.requireNumpy");
        String python = System.getProperty("initlab.python",
                Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3");
        Process p;
        try {
            p = new ProcessBuilder(python, "-c", SCRIPT, Integer.toString(n), Double.toString(noise),
                    Double.toString(factor), Long.toString(seed)).redirectErrorStream(true).start();
        } catch (IOException e) {
            return unavailable(required, python + " cannot be started: " + e.getMessage());
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(python + " did not finish in 60 s");
        }
        if (p.exitValue() != 0) {
            return unavailable(required, python + " with numpy and scikit-learn failed: " + out);
        }
        return out.lines().toList();
    }

    private static List<String> unavailable(boolean required, String why) {
        if (required) {
            fail(why + " (initlab.requireNumpy=true)");
        }
        Assumptions.abort(why);
        return List.of();
    }
}
