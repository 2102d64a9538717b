package org.initlab.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.initlab.settings.Spec;
import org.initlab.numeric.Matrix;

/**
 * UCI Abalone ({@code abalone}, {@code abalone(sex=onehot)}): 4177 abalones, predict the rings
 * (age − 1.5 years) from sex and seven measurements. The classic tutorials read a derived file with
 * sex already a number; this builds that form from the canonical file instead, so anyone can check it:
 * sex is M=1, F=2, I=3 ({@code sex=numeric}, the default), or three 0/1 columns in the order M, F, I
 * ({@code sex=onehot}), because an infant is not "more" than a female. The measurements follow in the
 * file's order, unscaled.
 */
final class Abalone {
    /** The UCI legacy URL, the one PreprocessData.jl downloads and pins with this SHA-256. */
    static final DatasetFile FILE = new DatasetFile("abalone/abalone.data",
            "de37cdcdcaaa50c309d514f248f7c2302a5f1f88c168905eba23fe2fbc78449f",
            List.of(URI.create("https://archive.ics.uci.edu/ml/machine-learning-databases/abalone/abalone.data")));
    static final List<String> KEYS = List.of("sex");

    /** The rows of the pinned file (its SHA-256 is checked on every load). */
    static final int ROWS = 4177;
    private static final String SEXES = "MFI";
    private static final List<String> MEASUREMENTS = List.of("length", "diameter", "height", "whole_weight",
            "shucked_weight", "viscera_weight", "shell_weight");

    private Abalone() {
    }

    /** Seven measurements after the sex: one number for it, or three indicator columns with sex=onehot. */
    static DatasetShape shape(Spec spec) {
        return DatasetShape.of((oneHot(spec) ? 3 : 1) + MEASUREMENTS.size(), true, ROWS);
    }

    private static boolean oneHot(Spec spec) {
        return spec.word("sex", "numeric", List.of("numeric", "onehot")).equals("onehot");
    }

    static Dataset load(Spec spec, DatasetContext context) {
        boolean oneHot = oneHot(spec);
        Path path = context.cache().fetch(FILE);
        List<double[]> rows = new ArrayList<>();
        List<Double> rings = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.US_ASCII)) {
            int lineNumber = 0;
            for (String line; (line = in.readLine()) != null; ) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != 9) {
                    throw malformed(path, lineNumber, "expected 9 comma-separated cells, got " + cells.length);
                }
                int sex = SEXES.indexOf(cells[0].strip());
                if (sex < 0 || cells[0].strip().length() != 1) {
                    throw malformed(path, lineNumber, "sex must be M, F or I, got '" + cells[0] + "'");
                }
                int offset = oneHot ? 3 : 1;
                double[] row = new double[offset + MEASUREMENTS.size()];
                if (oneHot) {
                    row[sex] = 1;
                } else {
                    row[0] = sex + 1;
                }
                for (int i = 0; i < MEASUREMENTS.size(); i++) {
                    row[offset + i] = number(path, lineNumber, cells[1 + i]);
                }
                rows.add(row);
                rings.add(number(path, lineNumber, cells[8]));
            }
        } catch (IOException e) {
            throw new DatasetException("cannot read " + path + ": " + e.getMessage(), e);
        }
        List<String> names = new ArrayList<>(oneHot ? List.of("sex=M", "sex=F", "sex=I") : List.of("sex"));
        names.addAll(MEASUREMENTS);
        int cols = names.size();
        double[] x = new double[rows.size() * cols];
        for (int r = 0; r < rows.size(); r++) {
            System.arraycopy(rows.get(r), 0, x, r * cols, cols);
        }
        double[] y = rings.stream().mapToDouble(Double::doubleValue).toArray();
        return new Dataset(spec.text(), new Matrix(rows.size(), cols, x), y, names, "rings");
    }

    private static double number(Path path, int line, String cell) {
        try {
            return Double.parseDouble(cell.strip());
        } catch (NumberFormatException e) {
            throw malformed(path, line, "'" + cell + "' is not a number");
        }
    }

    private static DatasetException malformed(Path path, int line, String problem) {
        return new DatasetException(path + " line " + line + ": " + problem);
    }
}
