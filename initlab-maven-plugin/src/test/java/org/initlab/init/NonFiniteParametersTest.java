package org.initlab.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.initlab.settings.ConfigException;
import org.initlab.settings.Spec;
import org.initlab.random.NumpyRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every number key of every catalogue entry, given NaN, an infinity or a literal beyond the double
 * range, fails with a {@link ConfigException} naming the setting, the initializer and the key —
 * never another exception (reliability review F10: 45 of 340 such combinations threw
 * NumberFormatException from formatting the value before checking it). Only keys declared
 * {@link Param#orInfinite()} take an infinity, and then the initializer draws finite weights.
 */
class NonFiniteParametersTest {
    private static final List<String> VALUES = List.of("NaN", "Infinity", "-Infinity", "1e400", "-1e400");
    /** Keys that take an infinity on purpose: trunc_normal's bounds, where ±Infinity means an open side. */
    private static final Set<String> OPEN_BOUNDS = Set.of("torch:trunc_normal a=-Infinity", "torch:trunc_normal b=Infinity");
    private static final WeightShape SHAPE = WeightShape.of(6, 4, Layout.IN_OUT);

    static Stream<Arguments> everyNumberKeyTimesEveryNonFiniteValue() {
        return InitializerCatalog.entries().stream()
                .flatMap(e -> e.params().stream().filter(p -> p.kind() == Param.Kind.NUMBER)
                        .flatMap(p -> VALUES.stream().map(v -> Arguments.of(e.qualifiedName(), p.key(), v))));
    }

    @Test
    void theMatrixCoversTheCatalogue() {
        List<String> cases = everyNumberKeyTimesEveryNonFiniteValue()
                .map(a -> a.get()[0] + " " + a.get()[1]).distinct().toList();
        assertThat(cases).as("the review's examples").contains("torch:normal std", "torch:trunc_normal a",
                "torch:sparse sparsity", "keras:variance_scaling scale", "initlab:lsuv tol", "tf1:variance_scaling_initializer factor");
        assertThat(cases).hasSizeGreaterThanOrEqualTo(28);
    }

    @ParameterizedTest(name = "{0}({1}={2})")
    @MethodSource("everyNumberKeyTimesEveryNonFiniteValue")
    void isANamedConfigurationErrorOrAnAllowedOpenBound(String entry, String key, String value) {
        String text = spec(entry, key, value);
        Throwable thrown = catchThrowable(() -> draw(InitializerCatalog.parse("experiment 'x' <initializers>[1]", text)));
        if (OPEN_BOUNDS.contains(entry + " " + key + "=" + value)) {
            assertThat(thrown).as(text).isNull();
            return;
        }
        String name = entry.substring(entry.indexOf(':') + 1);
        assertThat(thrown).as(text).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("experiment 'x' <initializers>[1]: ")
                .hasMessageContaining("'" + name + "'")
                .hasMessageMatching("(?s).*('" + key + "'|\\b" + key + "=).*");
    }

    @Test
    void theMessageSaysWhatWasExpectedAndWhy() {
        assertThatThrownBy(() -> InitializerCatalog.parse("f", "normal(std=NaN)"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("f: 'normal' key 'std' expects a finite number, got 'NaN'");
        assertThatThrownBy(() -> InitializerCatalog.parse("f", "normal(std=1e400)"))
                .hasMessage("f: 'normal' key 'std' expects a finite number, got '1e400' (beyond the largest double, about 1.8e308)");
        assertThatThrownBy(() -> InitializerCatalog.parse("f", "trunc_normal(a=NaN)"))
                .hasMessage("f: 'trunc_normal' key 'a' expects a finite number, or Infinity / -Infinity for no bound, got 'NaN'");
        assertThatThrownBy(() -> InitializerCatalog.parse("f", "trunc_normal(a=-1e400)"))
                .hasMessageContaining("got '-1e400' (beyond the largest double");
        assertThatThrownBy(() -> InitializerCatalog.parse("f", "lsuv(base=normal(std=Infinity))"))
                .hasMessageContaining("'normal' key 'std' expects a finite number, got 'Infinity'");
    }

    @Test
    void anOpenBoundDrawsTheOneSidedTruncatedNormal() {
        Initializer half = InitializerCatalog.parse("f", "trunc_normal(a=0, b=Infinity)");
        double[] w = draw(half);
        assertThat(Arrays.stream(w).allMatch(v -> v >= 0 && Double.isFinite(v))).isTrue();
        assertThat(half.bound(SHAPE)).as("an open side has no bound").isEmpty();
        assertThat(half.std(SHAPE)).as("half-normal std √(1 − 2/π)").isCloseTo(Math.sqrt(1 - 2 / Math.PI),
                org.assertj.core.api.Assertions.within(1e-9));
        assertThat(half.formula()).contains("\\infty");
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE,
        -Double.MAX_VALUE, 1e300, 0.1, -0.0})
    void numbersFormatEveryDouble(double v) {
        assertThat(Numbers.text(v)).isNotBlank();
        assertThat(Numbers.latex(v)).isNotBlank();
        if (!Double.isNaN(v)) {
            assertThat(Double.parseDouble(Numbers.text(v))).as("reads back").isEqualTo(v == 0 ? 0.0 : v);
        }
    }

    /** The entry's spec with {@code key=value} and any other required key at a harmless 0.5. */
    private static String spec(String qualifiedName, String key, String value) {
        InitializerCatalog.Entry e = InitializerCatalog.resolve(Spec.parse("t", qualifiedName));
        Map<String, String> args = new LinkedHashMap<>();
        e.params().stream().filter(p -> p.isRequired() && !p.key().equals(key)).forEach(p -> args.put(p.key(), "0.5"));
        args.put(key, value);
        return qualifiedName + "(" + args.entrySet().stream().map(a -> a.getKey() + "=" + a.getValue())
                .collect(Collectors.joining(", ")) + ")";
    }

    private static double[] draw(Initializer init) {
        double[] w = init.sample(SHAPE, new NumpyRandom(0));
        assertThat(Arrays.stream(w).allMatch(Double::isFinite)).as("%s draws finite weights", init.spec()).isTrue();
        return w;
    }
}
