package org.initlab.init;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.initlab.settings.ConfigException;

/**
 * Whatever bytes a weight file holds, {@link WeightFile#read} returns a matrix or fails with one
 * of its named errors (naming the file) — never another exception.
 */
class WeightFileFuzzTest {
    private static Path dir;

    @BeforeContainer
    static void createDirectory() throws IOException {
        dir = Files.createTempDirectory("initlab-npy-fuzz");
    }

    @AfterContainer
    static void deleteDirectory() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    @Property(tries = 2000)
    void anyBytesGiveAMatrixOrANamedError(@ForAll("npyLike") byte[] bytes, @ForAll("extension") String extension)
            throws IOException {
        Path p = Files.createTempFile(dir, "w", extension);
        Files.write(p, bytes);
        try {
            WeightFile w = WeightFile.read(p);
            assertThat(w.values()).hasSize(w.rows() * w.cols());
        } catch (IllegalArgumentException | ConfigException e) {
            assertThat(e.getMessage()).contains(p.toString());
        } finally {
            Files.delete(p);
        }
    }

    @Provide
    Arbitrary<String> extension() {
        return Arbitraries.of(".npy", ".npy", ".csv");
    }

    /** Well-formed files with mutated headers and bytes, as well as arbitrary bytes. */
    @Provide
    Arbitrary<byte[]> npyLike() {
        Arbitrary<String> descr = Arbitraries.of("<f8", ">f8", "<f4", ">f4", "|f8", "=f4", "<i8", "|u1", "<f16", "<c16", "f8", "");
        Arbitrary<String> dim = Arbitraries.of("0", "1", "2", "3", "-2", "6", "2147483648", "9223372036854775807",
                "99999999999999999999", "", "1e3", "x", "3L", " 2 ");
        Arbitrary<String> shape = dim.list().ofMaxSize(4).map(d -> "(" + String.join(",", d) + (d.size() == 1 ? ",)" : ")"));
        Arbitrary<String> header = Combinators.combine(descr, Arbitraries.of(true, false), shape)
                .as(WeightFileTest::header);
        Arbitrary<byte[]> data = Arbitraries.bytes().array(byte[].class).ofMaxSize(64);
        Arbitrary<byte[]> wellFormed = Combinators.combine(Arbitraries.of(1, 2, 3), header, data)
                .as((major, h, d) -> WeightFileTest.npy(major, h, d));
        Arbitrary<byte[]> mutated = Combinators.combine(wellFormed, mutations()).as(WeightFileFuzzTest::mutate);
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
        return Arbitraries.oneOf(wellFormed, mutated, random);
    }

    /** Each mutation: {position, value}; a negative position truncates the file there instead. */
    private static Arbitrary<List<int[]>> mutations() {
        return Combinators.combine(Arbitraries.integers().between(-200, 200), Arbitraries.integers().between(0, 255))
                .as((at, v) -> new int[] {at, v}).list().ofMinSize(1).ofMaxSize(6);
    }

    private static byte[] mutate(byte[] bytes, List<int[]> changes) {
        byte[] b = bytes.clone();
        for (int[] c : changes) {
            if (c[0] < 0) {
                b = java.util.Arrays.copyOf(b, Math.min(b.length, -c[0]));
            } else if (c[0] < b.length) {
                b[c[0]] = (byte) c[1];
            }
        }
        return b;
    }
}
