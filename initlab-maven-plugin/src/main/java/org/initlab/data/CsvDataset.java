package org.initlab.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.initlab.settings.ConfigException;
import org.initlab.settings.Names;
import org.initlab.settings.Spec;
import org.initlab.numeric.Matrix;

/**
 * The user's own numbers: {@code csv(path=data/train.csv, target=last, separator=semicolon)}.
 * {@code path} is relative to the project's base directory (so the POM works from any working
 * directory) or absolute, and must lie inside the build's root directory (see {@link DatasetContext#files()}). {@code target} picks the target column: {@code last} (default),
 * {@code none} (unlabelled), a header name, or a 0-based index; every other column is an input, in
 * file order. {@code separator} defaults to a comma; because a comma cannot be written inside a spec,
 * separators also have names: {@code comma}, {@code semicolon}, {@code tab}, {@code space} (runs of
 * blanks), {@code pipe}, {@code colon}; {@code ;}, {@code |} and {@code :} work as themselves.
 */
final class CsvDataset {
    static final List<String> KEYS = List.of("path", "target", "separator");

    private static final Map<String, String> SEPARATORS = Map.of("comma", ",", "semicolon", ";", "tab", "\t",
            "space", " ", "pipe", "|", "colon", ":", ";", ";", "|", "|", ":", ":");

    private CsvDataset() {
    }

    /**
     * The file exists, lies inside the build and the separator is known; the width is its first
     * row's cells less the target's. {@code target=none} leaves the table without targets.
     */
    static DatasetShape shape(Spec spec, DatasetContext context) {
        Path file = file(spec, context);
        String separator = separator(spec);
        boolean labelled = !"none".equals(spec.args().getOrDefault("target", ""));
        int columns = CsvTable.columns(file, separator, spec.field() + ": csv file " + file);
        return DatasetShape.of(columns - (labelled ? 1 : 0), labelled);
    }

    private static Path file(Spec spec, DatasetContext context) {
        String pathText = spec.args().get("path");
        if (pathText == null) {
            throw new ConfigException(spec.field() + ": 'csv' needs the key 'path' (relative to the project base directory "
                    + context.baseDirectory() + ")");
        }
        Path file = context.baseDirectory().resolve(pathText).normalize();
        if (!Files.isRegularFile(file)) {
            throw new DatasetException(spec.field() + ": csv file " + file + " does not exist (path=" + pathText
                    + ", relative to the project base directory " + context.baseDirectory() + ")");
        }
        context.files().check(spec.field() + ": csv path=" + pathText, file);
        return file;
    }

    static Dataset load(Spec spec, DatasetContext context) {
        Path file = file(spec, context);
        String separator = separator(spec);
        String where = spec.field() + ": csv file " + file;
        CsvTable table = CsvTable.read(file, separator, where);
        int target = target(spec, table, where);
        int inputs = table.columns() - (target < 0 ? 0 : 1);
        if (inputs == 0) {
            throw new ConfigException(where + " has a single column, the target; there are no input columns left"
                    + " (use target=none to use it as input)");
        }
        double[] x = new double[table.rows() * inputs];
        double[] y = target < 0 ? null : new double[table.rows()];
        for (int r = 0; r < table.rows(); r++) {
            int k = r * inputs;
            for (int c = 0; c < table.columns(); c++) {
                double v = table.values()[r * table.columns() + c];
                if (c == target) {
                    y[r] = v;
                } else {
                    x[k++] = v;
                }
            }
        }
        List<String> names = new ArrayList<>(table.header());
        String targetName = null;
        if (!names.isEmpty() && target >= 0) {
            targetName = names.remove(target);
        }
        return new Dataset(spec.text(), new Matrix(table.rows(), inputs, x), y, names, targetName);
    }

    /** The column index of the target, or -1 for {@code target=none}. */
    private static int target(Spec spec, CsvTable table, String where) {
        String target = spec.args().getOrDefault("target", "last");
        if (target.equals("last")) {
            return table.columns() - 1;
        }
        if (target.equals("none")) {
            return -1;
        }
        if (target.matches("\\d+")) {
            int index = target.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(target);
            if (index >= table.columns()) {
                throw new ConfigException(spec.field() + ": 'csv' key 'target' is column index " + target + " but " + table.file()
                        + " has " + table.columns() + " columns (0-based indices 0 to " + (table.columns() - 1) + ")");
            }
            return index;
        }
        if (table.header().isEmpty()) {
            throw new ConfigException(spec.field() + ": 'csv' key 'target' names the column '" + target + "' but " + table.file()
                    + " has no header line; use last, none or a 0-based column index");
        }
        int index = table.header().indexOf(target);
        if (index < 0) {
            throw new ConfigException(spec.field() + ": 'csv' key 'target' names the column '" + target + "'"
                    + Names.suggestion(target, table.header()) + " but the header of " + table.file() + " has "
                    + String.join(", ", table.header()) + "; or use last, none or a 0-based column index");
        }
        if (table.header().lastIndexOf(target) != index) {
            throw new ConfigException(spec.field() + ": 'csv' key 'target' names the column '" + target + "' but the header of "
                    + table.file() + " has it twice; use its 0-based column index");
        }
        return index;
    }

    private static String separator(Spec spec) {
        String given = spec.args().getOrDefault("separator", "comma");
        String separator = SEPARATORS.get(given);
        if (separator == null) {
            throw new ConfigException(spec.field() + ": 'csv' key 'separator' expects comma, semicolon, tab, space, pipe, colon, "
                    + "';', '|' or ':', got '" + given + "'" + Names.suggestion(given, SEPARATORS.keySet()));
        }
        return separator;
    }

    /** The spec name of a separator character, for hints. */
    static String separatorName(char c) {
        return switch (c) {
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '\t' -> "tab";
            case '|' -> "pipe";
            case ':' -> "colon";
            default -> "space";
        };
    }
}
