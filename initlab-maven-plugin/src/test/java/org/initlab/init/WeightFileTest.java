package org.initlab.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.initlab.settings.ConfigException;
import org.initlab.settings.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed weight files fail naming the file and what is wrong (reliability review F10: a header
 * length beyond the file gave StringIndexOutOfBoundsException, shape (-2, 2) a
 * NegativeArraySizeException; F11: /dev/zero ran until "Requested array size exceeds VM limit").
 */
class WeightFileTest {
    @TempDir
    Path dir;

    /** The bytes of a .npy file of format {@code major}.0 with {@code header} as written (padded, newline-terminated). */
    static byte[] npy(int major, String header, byte[] data) {
        int preamble = major == 1 ? 10 : 12;
        String padded = header + " ".repeat(63 - (preamble + header.length()) % 64) + "\n";
        byte[] h = padded.getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer b = ByteBuffer.allocate(preamble + h.length + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) major).put((byte) 0);
        if (major == 1) {
            b.putShort((short) h.length);
        } else {
            b.putInt(h.length);
        }
        return b.put(h).put(data).array();
    }

    static String header(String descr, boolean fortran, String shape) {
        return "{'descr': '" + descr + "', 'fortran_order': " + (fortran ? "True" : "False") + ", 'shape': " + shape + ", }";
    }

    static byte[] float64(double... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : values) {
            b.putDouble(v);
        }
        return b.array();
    }

    private Path file(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void aHeaderLengthBeyondTheFileIsNamed() throws IOException {
        byte[] bytes = npy(1, header("<f8", false, "(2,)"), float64(1, 2));
        bytes[8] = (byte) 0x60; // header length 60000 (0xea60), the file has 100 bytes
        bytes[9] = (byte) 0xea;
        Path p = file("long-header.npy", bytes);
        assertThatThrownBy(() -> WeightFile.read(p)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(p + ": the .npy header claims 60000 bytes, but only " + (bytes.length - 10)
                        + " follow the preamble (truncated or not a .npy file)");
    }

    @Test
    void aNegativeDimensionIsNamed() throws IOException {
        Path p = file("negative.npy", npy(1, header("<f8", false, "(-2, 2)"), float64(1, 2, 3, 4)));
        assertThatThrownBy(() -> WeightFile.read(p)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(p + ": shape (-2, 2) has dimension -2; expected positive sizes (a matrix with values)");
    }

    @Test
    void aHugeShapeInASmallFileIsATruncatedFileNotAnAllocation() throws IOException {
        Path p = file("huge.npy", npy(1, header("<f8", false, "(100000, 100000)"), float64(1, 2)));
        assertThatThrownBy(() -> WeightFile.read(p)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(p + ": shape (100000, 100000) of '<f8' needs 80000000000 bytes of data, the file has 16"
                        + " (truncated, or a wrong shape)");
        Path q = file("overflow.npy", npy(2, header("<f8", false, "(9223372036854775807, 2)"), float64(1)));
        assertThatThrownBy(() -> WeightFile.read(q)).hasMessageContaining("needs more than 2^63 bytes of data");
    }

    @Test
    void truncatedAndOverlongDataAreNamed() throws IOException {
        Path p = file("short.npy", npy(1, header("<f8", false, "(2, 3)"), float64(1, 2, 3, 4, 5)));
        assertThatThrownBy(() -> WeightFile.read(p))
                .hasMessage(p + ": shape (2, 3) of '<f8' needs 48 bytes of data, the file has 40 (truncated, or a wrong shape)");
        Path q = file("long.npy", npy(1, header("<f8", false, "(2,)"), float64(1, 2, 3)));
        assertThatThrownBy(() -> WeightFile.read(q)).hasMessageEndingWith("the file has 24 (more than the shape describes)");
    }

    @Test
    void otherDtypesAndRanksAreNamed() throws IOException {
        Path ints = file("ints.npy", npy(1, header("<i8", false, "(2,)"), float64(1, 2)));
        assertThatThrownBy(() -> WeightFile.read(ints))
                .hasMessage(ints + ": expected float64 or float32 values ('<f8', '<f4'), got dtype '<i8'");
        Path quad = file("quad.npy", npy(1, header("<f16", false, "(1,)"), new byte[16]));
        assertThatThrownBy(() -> WeightFile.read(quad)).hasMessageEndingWith("got dtype '<f16'");
        Path cube = file("cube.npy", npy(1, header("<f8", false, "(1, 1, 1)"), float64(1)));
        assertThatThrownBy(() -> WeightFile.read(cube)).hasMessage(cube + ": expected a 1-d or 2-d array (a matrix) or a 4-d one"
                + " (a convolution kernel), got shape (1, 1, 1)");
        Path scalar = file("scalar.npy", npy(1, header("<f8", false, "()"), float64(1)));
        assertThatThrownBy(() -> WeightFile.read(scalar)).hasMessageContaining("has '' where a dimension");
        Path structured = file("rec.npy", npy(1, "{'descr': [('a', '<f8')], 'fortran_order': False, 'shape': (1,), }", float64(1)));
        assertThatThrownBy(() -> WeightFile.read(structured)).hasMessageContaining(": unreadable .npy header, expected 'descr'");
        Path v9 = file("v9.npy", npy(1, header("<f8", false, "(1,)"), float64(1)));
        byte[] b = Files.readAllBytes(v9);
        b[6] = 9;
        Files.write(v9, b);
        assertThatThrownBy(() -> WeightFile.read(v9)).hasMessage(v9 + ": .npy format version 9.0 is unknown; expected 1.0, 2.0 or 3.0");
    }

    @Test
    void fortranOrderAndFormatTwoAreRead() throws IOException {
        // [[1, 2, 3], [4, 5, 6]] stored column by column, in a format 2.0 file (4-byte header length)
        Path p = file("f2.npy", npy(2, header("<f8", true, "(2, 3)"), float64(1, 4, 2, 5, 3, 6)));
        WeightFile w = WeightFile.read(p);
        assertThat(w.rows()).isEqualTo(2);
        assertThat(w.cols()).isEqualTo(3);
        assertThat(w.values()).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void nonFiniteWeightsAreNamedByRowAndColumn() throws IOException {
        Path p = file("nan.npy", npy(1, header("<f8", false, "(2, 2)"), float64(1, 2, 3, Double.NaN)));
        assertThatThrownBy(() -> WeightFile.read(p)).hasMessage(p + ": row 2 column 2 is NaN; expected finite weights");
        Path t = file("inf.csv", "1, 2\n1e400, 4\n".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> WeightFile.read(t)).hasMessage(t + ": row 2 column 1 is Infinity; expected finite weights");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aDeviceIsRefusedBeforeAnythingIsRead() {
        Path zero = Path.of("/dev/zero");
        assertThatThrownBy(() -> WeightFile.read(zero)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("/dev/zero is not a regular file (a directory, device or pipe); expected a .npy or text file");
        assertThatThrownBy(() -> InitializerCatalog.parse("experiment 'x' <initializers>[1]", "pretrained(path=/dev/zero)"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("experiment 'x' <initializers>[1]: 'pretrained' cannot read '/dev/zero': /dev/zero is not");
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedWithoutReadingIt() throws IOException {
        Path big = dir.resolve("big.npy");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(Limits.MAX_FILE_BYTES + 1); // sparse: no bytes written
        }
        long start = System.nanoTime();
        assertThatThrownBy(() -> WeightFile.read(big))
                .hasMessage(big + " has " + (Limits.MAX_FILE_BYTES + 1) + " bytes, more than the " + Limits.MAX_FILE_BYTES
                        + " a weight file may have");
        assertThat((System.nanoTime() - start) / 1e9).as("seconds").isLessThan(1);
    }

    @Test
    void throughTheCatalogueTheErrorNamesTheSetting() throws IOException {
        Path p = file("neg.npy", npy(1, header("<f8", false, "(-2, 2)"), float64(1, 2, 3, 4)));
        assertThatThrownBy(() -> InitializerCatalog.parse("experiment 'x' <initializers>[2]", "pretrained(path=" + p + ")"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("experiment 'x' <initializers>[2]: 'pretrained' cannot read '" + p + "': " + p
                        + ": shape (-2, 2) has dimension -2; expected positive sizes (a matrix with values)");
    }
}
