package org.initlab.init;

import java.io.IOException;
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

/**
 * A matrix read from disk for {@code pretrained(path=…)}: numpy's {@code .npy} format (float64
 * or float32, either byte order, C or Fortran order; 1-d arrays read as one row) or a text file
 * of numbers, one matrix row per line, separated by commas, semicolons or whitespace ({@code #}
 * starts a comment line). Values are row-major.
 */
public record WeightFile(Path path, int rows, int cols, double[] values) {
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([<>=|])([fi])(\\d)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    /** Reads {@code path}; every problem is an {@link IOException} or {@link IllegalArgumentException} naming it. */
    public static WeightFile read(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".npy")) {
            return npy(path, bytes);
        }
        return text(path, new String(bytes, StandardCharsets.UTF_8));
    }

    private static WeightFile npy(Path path, byte[] bytes) {
        if (bytes.length < 10 || (bytes[0] & 0xff) != 0x93 || !new String(bytes, 1, 5, StandardCharsets.US_ASCII).equals("NUMPY")) {
            throw new IllegalArgumentException(path + " is not a .npy file (no \\x93NUMPY magic)");
        }
        int major = bytes[6];
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int headerLength = major == 1 ? Short.toUnsignedInt(b.getShort(8)) : b.getInt(8);
        int start = major == 1 ? 10 : 12;
        String header = new String(bytes, start, headerLength, StandardCharsets.ISO_8859_1);
        Matcher descr = DESCR.matcher(header);
        Matcher fortran = FORTRAN.matcher(header);
        Matcher shape = SHAPE.matcher(header);
        if (!descr.find() || !fortran.find() || !shape.find()) {
            throw new IllegalArgumentException(path + ": unreadable .npy header " + header.strip());
        }
        String kind = descr.group(2);
        int width = Integer.parseInt(descr.group(3));
        if (!kind.equals("f") || (width != 8 && width != 4)) {
            throw new IllegalArgumentException(path + ": expected float64 or float32 values, got dtype '"
                    + descr.group(1) + kind + width + "'");
        }
        int[] dims = dims(path, shape.group(1));
        int rows = dims.length == 2 ? dims[0] : 1;
        int cols = dims.length == 2 ? dims[1] : dims[0];
        ByteBuffer data = ByteBuffer.wrap(bytes, start + headerLength, bytes.length - start - headerLength)
                .order(descr.group(1).equals(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        long needed = (long) rows * cols * width;
        if (data.remaining() < needed) {
            throw new IllegalArgumentException(path + ": truncated, expected " + needed + " bytes of data, found " + data.remaining());
        }
        double[] stored = new double[rows * cols];
        for (int i = 0; i < stored.length; i++) {
            stored[i] = width == 8 ? data.getDouble() : data.getFloat();
        }
        boolean fortranOrder = fortran.group(1).equals("True");
        double[] values = fortranOrder ? OrthogonalInitializer.transpose(stored, cols, rows) : stored;
        return new WeightFile(path, rows, cols, values);
    }

    private static int[] dims(Path path, String text) {
        List<Integer> dims = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                dims.add(Integer.parseInt(part.strip()));
            }
        }
        if (dims.size() != 1 && dims.size() != 2) {
            throw new IllegalArgumentException(path + ": expected a 1-d or 2-d array, got shape (" + text.strip() + ")");
        }
        return dims.stream().mapToInt(Integer::intValue).toArray();
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
        double[] values = new double[rows.size() * cols];
        for (int r = 0; r < rows.size(); r++) {
            System.arraycopy(rows.get(r), 0, values, r * cols, cols);
        }
        return new WeightFile(path, rows.size(), cols, values);
    }
}
