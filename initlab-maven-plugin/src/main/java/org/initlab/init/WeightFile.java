package org.initlab.init;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.initlab.settings.ConfigException;
import org.initlab.settings.Limits;

/**
 * A matrix or a convolution kernel read from disk for {@code pretrained(path=…)}: numpy's {@code
 * .npy} format (float64 or float32, either byte order, C or Fortran order; 1-d arrays read as one
 * row, 4-d arrays as a kernel in its stored order, e.g. torch's (out, in, kh, kw)) or a text file of
 * numbers, one matrix row per line, separated by commas, semicolons or whitespace ({@code #} starts
 * a comment line). Values are row-major.
 *
 * @param dims the array's dimensions: (rows, cols), or four for a kernel; a 1-d array is (1, n)
 */
public record WeightFile(Path path, int[] dims, double[] values) {
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([<>=|]?)([a-zA-Z])(\\d+)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");
    private static final int PREAMBLE_V1 = 10;
    private static final int PREAMBLE_V2 = 12;

    public WeightFile {
        dims = dims.clone();
    }

    /** A matrix. */
    public WeightFile(Path path, int rows, int cols, double[] values) {
        this(path, new int[] {rows, cols}, values);
    }

    @Override
    public int[] dims() {
        return dims.clone();
    }

    /** The first dimension. */
    public int rows() {
        return dims[0];
    }

    /** Every value after the first dimension: a matrix's columns, a kernel's in·kh·kw. */
    public int cols() {
        return values.length / dims[0];
    }

    /** The dimensions as numpy prints a shape, e.g. {@code (16, 3, 3, 3)}. */
    public String shapeText() {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < dims.length; i++) {
            b.append(i == 0 ? "" : ", ").append(dims[i]);
        }
        return b.append(")").toString();
    }

    /**
     * Reads {@code path}; every problem is an {@link IOException}, an {@link IllegalArgumentException}
     * or a {@link ConfigException} (a size beyond {@link Limits}) whose message names the file and
     * what is wrong. At most {@link Limits#MAX_FILE_BYTES} are read, and only from a regular file.
     */
    public static WeightFile read(Path path) throws IOException {
        byte[] bytes = boundedRead(path);
        if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".npy")) {
            return npy(path, bytes);
        }
        return text(path, new String(bytes, StandardCharsets.UTF_8));
    }

    private static byte[] boundedRead(Path path) throws IOException {
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException(path + (Files.exists(path) ? " is not a regular file (a directory, device"
                    + " or pipe); expected a .npy or text file" : " does not exist"));
        }
        if (Files.size(path) > Limits.MAX_FILE_BYTES) { // refused before reading; the bounded read below covers a growing file
            throw new IllegalArgumentException(path + " has " + Files.size(path) + " bytes, more than the "
                    + Limits.MAX_FILE_BYTES + " a weight file may have");
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes((int) Limits.MAX_FILE_BYTES + 1);
            if (bytes.length > Limits.MAX_FILE_BYTES) {
                throw new IllegalArgumentException(path + " is larger than " + Limits.MAX_FILE_BYTES
                        + " bytes, the most a weight file may have");
            }
            return bytes;
        }
    }

    private static WeightFile npy(Path path, byte[] bytes) {
        if (bytes.length < PREAMBLE_V1 || (bytes[0] & 0xff) != 0x93
                || !new String(bytes, 1, 5, StandardCharsets.US_ASCII).equals("NUMPY")) {
            throw new IllegalArgumentException(path + " is not a .npy file (no \\x93NUMPY magic)");
        }
        int major = bytes[6];
        if (major < 1 || major > 3) {
            throw new IllegalArgumentException(path + ": .npy format version " + major + "." + bytes[7]
                    + " is unknown; expected 1.0, 2.0 or 3.0");
        }
        int start = major == 1 ? PREAMBLE_V1 : PREAMBLE_V2;
        if (bytes.length < start) {
            throw new IllegalArgumentException(path + ": truncated in the .npy preamble (" + bytes.length + " bytes)");
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long headerLength = major == 1 ? Short.toUnsignedInt(b.getShort(8)) : Integer.toUnsignedLong(b.getInt(8));
        if (headerLength > bytes.length - start) {
            throw new IllegalArgumentException(path + ": the .npy header claims " + headerLength + " bytes, but only "
                    + (bytes.length - start) + " follow the preamble (truncated or not a .npy file)");
        }
        String header = new String(bytes, start, (int) headerLength,
                major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        Matcher descr = DESCR.matcher(header);
        Matcher fortran = FORTRAN.matcher(header);
        Matcher shape = SHAPE.matcher(header);
        if (!descr.find() || !fortran.find() || !shape.find()) {
            throw new IllegalArgumentException(path + ": unreadable .npy header, expected 'descr' (a simple dtype),"
                    + " 'fortran_order' and 'shape': " + abbreviated(header.strip()));
        }
        String kind = descr.group(2);
        String width = descr.group(3);
        if (!kind.equals("f") || !width.equals("8") && !width.equals("4")) {
            throw new IllegalArgumentException(path + ": expected float64 or float32 values ('<f8', '<f4'), got dtype '"
                    + descr.group(1) + kind + width + "'");
        }
        int bytesPerValue = Integer.parseInt(width);
        long[] dims = dims(path, shape.group(1));
        long rows = dims.length == 1 ? 1 : dims[0];
        long cols = dims.length == 1 ? dims[0] : product(dims, 1);
        long dataStart = start + headerLength;
        long found = bytes.length - dataStart;
        long needed = dataBytes(rows, cols, bytesPerValue);
        if (found != needed) { // compared first: a huge shape in a small file is a broken file, not a memory problem
            throw new IllegalArgumentException(path + ": shape (" + shape.group(1).strip() + ") of '" + descr.group(1) + kind
                    + width + "' needs " + (needed == Long.MAX_VALUE ? "more than 2^63" : Long.toString(needed))
                    + " bytes of data, the file has " + found
                    + (found < needed ? " (truncated, or a wrong shape)" : " (more than the shape describes)"));
        }
        int count = Limits.values(path.toString(), "the array", rows, cols);
        ByteBuffer data = ByteBuffer.wrap(bytes, (int) dataStart, (int) found)
                .order(descr.group(1).equals(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        double[] stored = new double[count];
        for (int i = 0; i < count; i++) {
            stored[i] = bytesPerValue == 8 ? data.getDouble() : data.getFloat();
        }
        int[] shapeDims = dims.length == 1 ? new int[] {1, (int) dims[0]} : java.util.Arrays.stream(dims).mapToInt(d -> (int) d).toArray();
        boolean fortranOrder = fortran.group(1).equals("True");
        double[] values = fortranOrder ? rowMajor(stored, shapeDims) : stored;
        requireFinite(path, values, (int) cols);
        return new WeightFile(path, shapeDims, values);
    }

    /** The product of dims[from…], or {@link Long#MAX_VALUE} when it overflows (the size check then refuses it). */
    private static long product(long[] dims, int from) {
        long p = 1;
        for (int i = from; i < dims.length; i++) {
            p = dataBytes(p, dims[i], 1);
        }
        return p;
    }

    /** Column-major (Fortran) values of an array of {@code dims} in row-major order. */
    private static double[] rowMajor(double[] fortran, int[] dims) {
        double[] c = new double[fortran.length];
        int[] index = new int[dims.length];
        for (int k = 0; k < c.length; k++) { // k walks the row-major order; index is its multi-index
            int f = 0;
            for (int d = dims.length - 1; d >= 0; d--) {
                f = f * dims[d] + index[d];
            }
            c[k] = fortran[f];
            for (int d = dims.length - 1; d >= 0 && ++index[d] == dims[d]; d--) {
                index[d] = 0;
            }
        }
        return c;
    }

    /** rows × cols × bytes per value, or {@link Long#MAX_VALUE} when the product overflows. */
    private static long dataBytes(long rows, long cols, int bytesPerValue) {
        try {
            return Math.multiplyExact(Math.multiplyExact(rows, cols), bytesPerValue);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    /** The dimensions of a 1-d, 2-d or 4-d shape tuple, each a positive integer. */
    private static long[] dims(Path path, String text) {
        List<Long> dims = new ArrayList<>();
        String[] parts = text.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            if (part.isEmpty() && i == parts.length - 1 && i > 0) {
                continue; // the trailing comma of a 1-tuple, (6,)
            }
            long n;
            try {
                n = Long.parseLong(part.endsWith("L") ? part.substring(0, part.length() - 1) : part);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(path + ": shape (" + text.strip() + ") has '" + part
                        + "' where a dimension (a non-negative integer) belongs");
            }
            if (n <= 0) {
                throw new IllegalArgumentException(path + ": shape (" + text.strip() + ") has dimension " + n
                        + "; expected positive sizes (a matrix with values)");
            }
            dims.add(n);
        }
        if (dims.size() != 1 && dims.size() != 2 && dims.size() != 4) {
            throw new IllegalArgumentException(path + ": expected a 1-d or 2-d array (a matrix) or a 4-d one (a"
                    + " convolution kernel), got shape (" + text.strip() + ")");
        }
        return dims.stream().mapToLong(Long::longValue).toArray();
    }

    /** Pretrained weights must be numbers: a NaN or an infinity would make every figure of the run NaN. */
    private static void requireFinite(Path path, double[] values, int cols) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(path + ": row " + (i / cols + 1) + " column " + (i % cols + 1)
                        + " is " + values[i] + "; expected finite weights");
            }
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }

    private static WeightFile text(Path path, String content) {
        List<double[]> rows = new ArrayList<>();
        String[] lines = content.split("\\R");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("[,;\\s]+");
            double[] row = new double[parts.length];
            for (int i = 0; i < parts.length; i++) {
                try {
                    row[i] = Double.parseDouble(parts[i]);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(path + " line " + (n + 1) + ": '" + parts[i] + "' is not a number");
                }
            }
            if (!rows.isEmpty() && row.length != rows.get(0).length) {
                throw new IllegalArgumentException(path + " line " + (n + 1) + ": " + row.length
                        + " values, but the first row has " + rows.get(0).length);
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(path + ": no numbers found");
        }
        int cols = rows.get(0).length;
        double[] values = new double[Limits.values(path.toString(), "the matrix", rows.size(), cols)];
        for (int r = 0; r < rows.size(); r++) {
            System.arraycopy(rows.get(r), 0, values, r * cols, cols);
        }
        requireFinite(path, values, cols);
        return new WeightFile(path, rows.size(), cols, values);
    }
}
