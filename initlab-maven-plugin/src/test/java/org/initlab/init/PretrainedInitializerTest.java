package org.initlab.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.initlab.settings.ConfigException;
import org.initlab.random.NumpyRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PretrainedInitializerTest {
    @TempDir
    Path dir;

    /** A .npy file as numpy.save writes it (format 1.0, header padded to 64 bytes). */
    private Path npy(String name, String descr, boolean fortran, String shape, double[] values) throws IOException {
        String header = "{'descr': '" + descr + "', 'fortran_order': " + (fortran ? "True" : "False") + ", 'shape': " + shape + ", }";
        int pad = 64 - (10 + header.length() + 1) % 64;
        header = header + " ".repeat(pad) + "\n";
        int width = descr.endsWith("8") ? 8 : 4;
        ByteBuffer b = ByteBuffer.allocate(10 + header.length() + values.length * width)
                .order(descr.startsWith(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0);
        b.put((byte) (header.length() & 0xff)).put((byte) (header.length() >> 8));
        b.put(header.getBytes(StandardCharsets.US_ASCII));
        for (double v : values) {
            if (width == 8) {
                b.putDouble(v);
            } else {
                b.putFloat((float) v);
            }
        }
        Path p = dir.resolve(name);
        Files.write(p, b.array());
        return p;
    }

    private static double[] load(Path file, int rows, int cols) {
        Initializer init = InitializerCatalog.parse("t", "pretrained(path=" + file + ")");
        return init.sample(new WeightShape(rows, cols, Layout.IN_OUT), new NumpyRandom(0));
    }

    @Test
    void readsFloat64AndFloat32NpyInEitherByteOrder() throws IOException {
        double[] values = {1.5, -2.25, 3.0, 0.125, 5.0, -6.5};
        assertThat(load(npy("a.npy", "<f8", false, "(2, 3)", values), 2, 3)).containsExactly(values);
        assertThat(load(npy("b.npy", ">f8", false, "(2, 3)", values), 2, 3)).containsExactly(values);
        assertThat(load(npy("c.npy", "<f4", false, "(2, 3)", values), 2, 3)).containsExactly(values);
        assertThat(load(npy("d.npy", "<f8", false, "(6,)", values), 1, 6)).containsExactly(values);
    }

    @Test
    void fortranOrderIsReadAsTheSameMatrix() throws IOException {
        // the 2x3 matrix [[1, 2, 3], [4, 5, 6]] stored column by column
        double[] columnMajor = {1, 4, 2, 5, 3, 6};
        assertThat(load(npy("f.npy", "<f8", true, "(2, 3)", columnMajor), 2, 3)).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void readsCsvAndWhitespaceSeparatedText() throws IOException {
        Path csv = dir.resolve("w.csv");
        Files.writeString(csv, "# trained elsewhere\n0.5, -1, 2\n3e-2,4,5\n");
        assertThat(load(csv, 2, 3)).containsExactly(0.5, -1, 2, 0.03, 4, 5);
        Path txt = dir.resolve("w.txt");
        Files.writeString(txt, "1 2\n3\t4\n");
        assertThat(load(txt, 2, 2)).containsExactly(1, 2, 3, 4);
        Initializer init = InitializerCatalog.parse("t", "pretrained(path=" + csv + ")");
        assertThat(init.mean()).isEqualTo((0.5 - 1 + 2 + 0.03 + 4 + 5) / 6);
    }

    @Test
    void shapeMismatchNamesBothShapes() throws IOException {
        Path p = npy("m.npy", "<f8", false, "(2, 3)", new double[6]);
        assertThatThrownBy(() -> load(p, 3, 2)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("(2, 3)").hasMessageContaining("(3, 2)").hasMessageContaining("in-out");
    }

    @Test
    void unreadableFilesFailAtParseTimeNamingTheField() throws IOException {
        assertThatThrownBy(() -> InitializerCatalog.parse("layer 1", "pretrained(path=" + dir.resolve("missing.npy") + ")"))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("layer 1: 'pretrained' cannot read");
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "1,2\n3,x\n");
        assertThatThrownBy(() -> InitializerCatalog.parse("t", "pretrained(path=" + bad + ")"))
                .hasMessageContaining("line 2").hasMessageContaining("'x' is not a number");
        Path ints = npy("i.npy", "<i8", false, "(1,)", new double[1]);
        assertThatThrownBy(() -> InitializerCatalog.parse("t", "pretrained(path=" + ints + ")"))
                .hasMessageContaining("float64 or float32");
        assertThatThrownBy(() -> InitializerCatalog.parse("t", "pretrained")).hasMessageContaining("needs the key 'path'");
    }
}
