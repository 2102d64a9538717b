package org.initlab.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.initlab.data.DatasetCatalog;
import org.initlab.data.DatasetContext;
import org.initlab.data.DatasetException;
import org.initlab.data.DatasetListener;
import org.initlab.init.InitializerCatalog;

/**
 * Whatever text a POM holds where a spec belongs, {@link Spec#parse}, {@link InitializerCatalog#parse},
 * {@link DatasetCatalog#load} and {@link DatasetCatalog#check} answer with a value or a {@link ConfigException} naming the
 * setting — never another exception, never a hang (issue 12; reliability review F10: 2,000 nested
 * {@code lsuv(base=…)} overflowed the stack). Inputs are specs built from the real names and keys,
 * then mutated, glued fragments, arbitrary Unicode, and very deep nesting.
 */
class SpecParsersFuzzTest {
    private static final String FIELD = "experiment 'x' <initializers>[1]";
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static Path empty;
    private static DatasetContext offline;

    @BeforeContainer
    static void emptyProject() throws Exception {
        empty = Files.createTempDirectory("spec-fuzz");
        offline = new DatasetContext(empty, true, empty, DatasetListener.SILENT); // no download, no files
    }

    @AfterContainer
    static void removeIt() throws Exception {
        try (Stream<Path> files = Files.walk(empty)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 2500)
    void specParseAnswersWithASpecOrANamedError(@ForAll("anySpec") String text) {
        answers(() -> assertThat(Spec.parse(FIELD, text).name()).isNotBlank());
    }

    @Property(tries = 2500)
    void initializerParseAnswersWithAnInitializerOrANamedError(@ForAll("initializerSpec") String text) {
        answers(() -> assertThat(InitializerCatalog.parse(FIELD, text)).isNotNull());
    }

    @Property(tries = 1500)
    void dataSetLoadAnswersWithADataSetOrANamedError(@ForAll("dataSetSpec") String text) {
        answers(() -> assertThat(DatasetCatalog.load(FIELD, text, offline)).isNotNull());
    }

    /** The plan's check, which reads and generates nothing, answers the same way. */
    @Property(tries = 1500)
    void dataSetCheckAnswersWithAShapeOrANamedError(@ForAll("dataSetSpec") String text) {
        answers(() -> assertThat(DatasetCatalog.check(FIELD, text, offline)).isNotNull());
    }

    /** The review's sweep, every case: each initializer key × NaN, ±Infinity, ±1e400 and Unicode digits (F10: 45 crashed). */
    @Example
    void everyKeyOfEveryInitializerTakesNonFiniteAndUnicodeNumbersAsNamedErrors() {
        int cases = 0;
        for (InitializerCatalog.Entry e : InitializerCatalog.entries()) {
            for (String key : e.keys()) {
                for (String bad : List.of("NaN", "Infinity", "-Infinity", "1e400", "-1e400", "٣", "１")) {
                    String text = e.qualifiedName() + "(" + key + "=" + bad + ")";
                    answers(() -> InitializerCatalog.parse(FIELD, text));
                    cases++;
                }
            }
        }
        assertThat(cases).isGreaterThan(300);
    }

    /**
     * Runs {@code call} within {@link #PATIENCE}; a {@link ConfigException} must name the setting
     * and say something. Any other exception fails the property: non-finite initializer numbers
     * ({@code normal(std=NaN)}, review F10) are named errors since the numbers branch.
     */
    private static void answers(Runnable call) {
        try {
            assertTimeoutPreemptively(PATIENCE, call::run);
            Statistics.collect("value");
        } catch (SpecSyntaxException e) {
            assertThat(e.getMessage()).startsWith(FIELD + ": ").contains("'");
            Statistics.collect("syntax error");
        } catch (DatasetException e) {
            // a data file that is missing or malformed is named by its path and what to do, not by the setting
            assertThat(e.getMessage()).contains(empty.toString());
            Statistics.collect("data file error");
        } catch (ConfigException e) {
            assertThat(e.getMessage()).startsWith(FIELD + ": ").hasSizeGreaterThan(FIELD.length() + 10);
            Statistics.collect("configuration error");
        }
    }

    @Provide
    Arbitrary<String> anySpec() {
        return specLike(NAMES);
    }

    @Provide
    Arbitrary<String> initializerSpec() {
        return specLike(INITIALIZERS);
    }

    /** Also valid data sets, as written and mutated, so loading itself is fuzzed too. */
    @Provide
    Arbitrary<String> dataSetSpec() {
        Arbitrary<String> valid = Arbitraries.of("gaussian(rows=3, cols=2, seed=0)", "circles(samples=10, noise=0.1, seed=1)",
                "gaussian(rows=2, cols=2, seed=4294967295, mean=-1, std=0.5)", "circles(samples=7, noise=0, factor=0.3, seed=2)");
        return Arbitraries.frequencyOf(Tuple.of(3, specLike(DATA_SETS)), Tuple.of(1, valid), Tuple.of(2, mutated(valid)));
    }

    private static Arbitrary<String> specLike(List<String> names) {
        return Arbitraries.frequencyOf(
                Tuple.of(5, spec(names, 3)),
                Tuple.of(3, mutated(spec(names, 3))),
                Tuple.of(1, glued()),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(120)),
                Tuple.of(1, deep()));
    }

    private static final List<String> DATA_SETS = List.of("gaussian", "circles", "abalone", "mnist", "csv", "gaussain",
            "x:gaussian", "Gaussian", "");
    private static final List<String> INITIALIZERS = initializers();
    private static final List<String> NAMES = Stream.concat(DATA_SETS.stream(), INITIALIZERS.stream()).toList();
    private static final List<String> KEYS = keys();
    /** Numbers, words and quoted text as a user may write them, with the non-finite and non-ASCII ones. */
    private static final List<String> VALUES = List.of("0", "1", "-1", "2", "3", "10", "0.5", "-0.25", "1e-3", ".5",
            "NaN", "-NaN", "Infinity", "-Infinity", "1e400", "-1e400", "4.9e-324", "1e308", "٣", "１",
            "99999999999999999999", "0x10", "1d", "+3", "fan_in", "fan_out", "fan_avg", "relu", "leaky_relu", "tanh", "last",
            "normal", "uniform", "truncated_normal", "orthogonal", "xavier_normal", "keras:he_normal", "'a,b'", "\"x)\"",
            "train", "test", "onehot", "caffe", "a b", "w,1.npy", ".", "'1'", "' 2 '");
    /** What the grammar refuses inside a value. */
    private static final List<String> BAD_VALUES = List.of("", "''", "'", "\"", "(", ")", "-(1)", "a(", "a)b");

    /** Every initializer name, with and without dialect, plus near misses. */
    private static List<String> initializers() {
        List<String> names = new ArrayList<>(List.of("torch:", ":normal", "Normal", "nörmal", "1normal", "tf:normal", ""));
        for (InitializerCatalog.Entry e : InitializerCatalog.entries()) {
            names.add(e.name());
            names.add(e.qualifiedName());
        }
        return List.copyOf(names);
    }

    private static List<String> keys() {
        List<String> keys = new ArrayList<>(List.of("rows", "cols", "seed", "mean", "std", "samples", "noise", "factor",
                "split", "limit", "sex", "path", "target", "separator", "", " ", "x", "sdt", "1a", "ключ", "a b", "std="));
        InitializerCatalog.entries().forEach(e -> keys.addAll(e.keys()));
        return keys.stream().distinct().toList();
    }

    /** A spec from {@code names} and, mostly, that name's own keys; values are numbers, words, quoted text or nested specs. */
    private static Arbitrary<String> spec(List<String> names, int depth) {
        Arbitrary<String> words = Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.of(VALUES)), Tuple.of(1, Arbitraries.of(BAD_VALUES)));
        Arbitrary<String> value = depth == 0 ? words
                : Arbitraries.frequencyOf(Tuple.of(4, words), Tuple.of(1, Arbitraries.lazy(() -> spec(INITIALIZERS, depth - 1))));
        return Arbitraries.of(names).flatMap(name -> {
            Arbitrary<String> key = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of(keysOf(name))),
                    Tuple.of(1, Arbitraries.of(KEYS)));
            Arbitrary<String> argument = Combinators.combine(key, value).as((k, v) -> k + "=" + v);
            Arbitrary<String> arguments = argument.list().ofMaxSize(4).map(l -> "(" + String.join(", ", l) + ")");
            return Arbitraries.oneOf(Arbitraries.just(name), arguments.map(a -> name + a));
        });
    }

    /** The keys the initializer or data set {@code name} takes; all keys for a name that is neither. */
    private static List<String> keysOf(String name) {
        List<String> own = switch (name) {
            case "gaussian" -> List.of("rows", "cols", "seed", "mean", "std");
            case "circles" -> List.of("samples", "noise", "factor", "seed");
            case "mnist" -> List.of("split", "limit", "mean", "std");
            case "csv" -> List.of("path", "target", "separator");
            default -> InitializerCatalog.entries().stream()
                    .filter(e -> e.name().equals(name) || e.qualifiedName().equals(name))
                    .findFirst().map(InitializerCatalog.Entry::keys).orElse(List.of());
        };
        return own.isEmpty() ? KEYS : own;
    }

    /** Up to eight random edits: delete, duplicate or insert a character that matters to the grammar. */
    private static Arbitrary<String> mutated(Arbitrary<String> base) {
        Arbitrary<List<int[]>> edits = Combinators.combine(Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(0, 9))
                .as((op, at, c) -> new int[] {op, at, c}).list().ofMinSize(1).ofMaxSize(8);
        return Combinators.combine(base, edits).as((text, list) -> {
            StringBuilder s = new StringBuilder(text);
            for (int[] e : list) {
                int at = s.length() == 0 ? 0 : e[1] % s.length();
                switch (e[0]) {
                    case 0 -> {
                        if (s.length() > 0) {
                            s.deleteCharAt(at);
                        }
                    }
                    case 1 -> {
                        if (s.length() > 0) {
                            s.insert(at, s.charAt(at));
                        }
                    }
                    default -> s.insert(at, "(),='\": ٣\t".charAt(e[2]));
                }
            }
            return s.toString();
        });
    }

    private static Arbitrary<String> glued() {
        Arbitrary<String> fragments = Arbitraries.of("(", ")", ",", "=", ":", "'", "\"", " ", "normal", "lsuv",
                "base=", "std=", "gaussian", "rows=", "1", "NaN", "1e400", "٣", "torch:", "kaiming_normal(", "mode=fan_out");
        return fragments.list().ofMaxSize(300).map(l -> String.join("", l));
    }

    /** Far deeper than any limit: lsuv inside lsuv, and bare parentheses. */
    private static Arbitrary<String> deep() {
        return Arbitraries.integers().between(1, 3000).flatMap(n -> Arbitraries.of(
                "lsuv(base=".repeat(n) + "zeros" + ")".repeat(n),
                "lsuv(base=".repeat(n) + "zeros",
                "a(b=" + "(".repeat(n) + ")".repeat(n) + ")",
                "lsuv(base='" + "(".repeat(n) + "')"));
    }
}
