package org.initlab.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.initlab.random.NumpyRandom;
import org.initlab.testing.NumpyOracle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code numpy_reference.py} with {@code /usr/bin/python3} and compares its weights with
 * initlab's: every value within 1e-12 (relative to max(1, |w|)), at least 99% of them bit for bit
 * (the rest are the rare 1-ulp differences between the C library's {@code log} and
 * {@link Math#log} in numpy's polar method), and mean, std, min and max to 1e-12 relative.
 *
 * <p>Skipped when Python or numpy is missing, except on CI or with {@code -Dinitlab.requireNumpy=true}, which
 * turns the skip into a failure (for CI machines that are supposed to have numpy).
 */
class NumpyCrossCheckTest {
    private static final String PYTHON = "/usr/bin/python3";
    private static final List<String> SPECS = List.of("xavier_normal", "xavier_uniform", "kaiming_normal",
            "kaiming_uniform", "kaiming_normal(mode=fan_out, nonlinearity=relu)", "normal(mean=0.5, std=2)",
            "uniform(a=-1, b=3)", "constant(val=0.3)", "trunc_normal(mean=0, std=1, a=-1, b=2)", "keras:random_normal",
            "he_uniform", "XAVIER", "orthogonal", "orthogonal(gain=2)", "sparse(sparsity=0.3)",
            "zeros", "ones", "glorot_uniform", "glorot_normal", "he_normal", "lecun_uniform", "lecun_normal",
            "variance_scaling(scale=3, mode=fan_out, distribution=untruncated_normal)",
            "variance_scaling(mode=fan_avg, distribution=uniform)", "truncated_normal(mean=0.1, stddev=0.2)",
            "random_uniform", "dl4j:NORMAL", "dl4j:UNIFORM", "XAVIER_UNIFORM", "XAVIER_FAN_IN", "XAVIER_LEGACY", "RELU",
            "RELU_UNIFORM", "LECUN_NORMAL", "LECUN_UNIFORM", "SIGMOID_UNIFORM", "VAR_SCALING_NORMAL_FAN_IN",
            "VAR_SCALING_NORMAL_FAN_OUT", "VAR_SCALING_NORMAL_FAN_AVG", "VAR_SCALING_UNIFORM_FAN_IN",
            "VAR_SCALING_UNIFORM_FAN_OUT", "VAR_SCALING_UNIFORM_FAN_AVG", "keras:constant(value=-0.7)", "keras:orthogonal",
            "keras:orthogonal(gain=2)", "variance_scaling(distribution=normal)",
            "variance_scaling(scale=2, mode=fan_avg, distribution=Normal)", "tf1:xavier_initializer",
            "tf1:xavier_initializer(uniform=False)", "tf1:xavier_initializer_conv2d(uniform=False)",
            "tf1:xavier_initializer(uniform=False, version=legacy)", "tf1:xavier_initializer(version=legacy)",
            "tf1:variance_scaling_initializer", "tf1:variance_scaling_initializer(mode=FAN_OUT)",
            "tf1:variance_scaling_initializer(factor=1.0, mode=FAN_AVG, uniform=True)", "bilinear",
            "bilinear(variant=caffe-2016)");
    /** Bilinear kernels on rows of k² values (k×k kernels, k = 3, 4, 5, 6) as well as 1-d ones. */
    private static final List<int[]> BILINEAR_SHAPES = List.of(new int[] {2, 9}, new int[] {3, 16}, new int[] {2, 25},
            new int[] {4, 36}, new int[] {2, 7});

    @TempDir
    Path dir;

    private record Case(long seed, int in, int out, String spec) {
        String line() {
            return seed + " " + in + " " + out + " " + spec;
        }
    }

    @Test
    void initializersMatchNumpy() throws Exception {
        NumpyOracle.requireNumpy();
        List<Case> cases = new ArrayList<>();
        long seed = 100;
        for (String spec : SPECS) {
            cases.add(new Case(seed++, 120, 90, spec));
            cases.add(new Case(seed++, 90, 120, spec));
            if (spec.startsWith("bilinear")) {
                for (int[] shape : BILINEAR_SHAPES) {
                    cases.add(new Case(seed++, shape[0], shape[1], spec));
                }
            }
        }
        List<String> lines = runPython(cases);
        assertThat(lines).hasSize(cases.size());
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            double[] expected = parse(lines.get(i));
            double[] actual = InitializerCatalog.parse("t", c.spec())
                    .sample(WeightShape.of(c.in(), c.out(), Layout.IN_OUT), new NumpyRandom(c.seed()));
            compare(c, expected, actual);
        }
    }

    private static void compare(Case c, double[] expected, double[] actual) {
        assertThat(actual).as(c.line()).hasSameSizeAs(expected);
        int exact = 0;
        for (int j = 0; j < expected.length; j++) {
            double tolerance = 1e-12 * Math.max(1, Math.abs(expected[j]));
            assertThat(Math.abs(actual[j] - expected[j])).as("%s: value %d", c.line(), j).isLessThanOrEqualTo(tolerance);
            exact += actual[j] == expected[j] ? 1 : 0;
        }
        if (!c.spec().contains("orthogonal")) { // LAPACK's and initlab's QR round differently
            assertThat(exact).as("%s: values equal bit for bit", c.line()).isGreaterThanOrEqualTo((int) (0.99 * expected.length));
        }
        SampleMoments e = SampleMoments.of(expected);
        SampleMoments a = SampleMoments.of(actual);
        assertRelative(c, "mean", a.mean(), e.mean(), e.std());
        assertRelative(c, "std", a.std(), e.std(), 0);
        assertRelative(c, "min", a.min(), e.min(), 0);
        assertRelative(c, "max", a.max(), e.max(), 0);
    }

    /** Relative 1e-12; {@code scale} keeps a mean near 0 from demanding more than the values' precision. */
    private static void assertRelative(Case c, String what, double actual, double expected, double scale) {
        double tolerance = 1e-12 * Math.max(Math.abs(expected), scale);
        assertThat(Math.abs(actual - expected)).as("%s: %s %s vs numpy %s", c.line(), what, actual, expected)
                .isLessThanOrEqualTo(tolerance);
    }

    private static double[] parse(String line) {
        String[] parts = line.trim().split(" ");
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            v[i] = Double.parseDouble(parts[i]);
        }
        return v;
    }

    private List<String> runPython(List<Case> cases) throws IOException, InterruptedException {
        Path script = dir.resolve("numpy_reference.py");
        try (InputStream in = getClass().getResourceAsStream("numpy_reference.py")) {
            Files.copy(in, script);
        }
        Process p = new ProcessBuilder(PYTHON, script.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (OutputStream stdin = p.getOutputStream()) {
            for (Case c : cases) {
                stdin.write((c.line() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        }
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("python finished").isTrue();
        assertThat(p.exitValue()).as("python exit code").isZero();
        return lines;
    }
}
