package org.initlab.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A numeric table read from a delimited text file (UTF-8): an optional header line, then rows of
 * numbers, every row as wide as the first. The first non-blank line is a header when none of its
 * cells is a number; a line mixing numbers and text is read as data, so a typo in the first row fails
 * loudly instead of silently becoming column names. Blank lines are skipped, cells are trimmed and may
 * be wrapped in double quotes. Only finite decimal numbers are accepted: a missing value or NaN would
 * poison every statistic computed from the data, so each is an error naming its line and column.
 * No quoting of separators inside cells: this reads numbers, not general CSV.
 *
 * @param header column names, or empty when the file has no header line
 * @param values row-major, {@code rows × columns}
 */
record CsvTable(Path file, List<String> header, int rows, int columns, double[] values) {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final String LIKELY_SEPARATORS = ",;\t|";

    CsvTable {
        header = List.copyOf(header);
    }

    /** The column's name and position for messages: {@code column 3 ('age')} (1-based, like editors). */
    String describeColumn(int index) {
        return "column " + (index + 1) + (header.isEmpty() ? "" : " ('" + header.get(index) + "')");
    }

    /**
     * @param separator the cell separator, e.g. {@code ,}; {@code " "} splits on runs of blanks
     * @param where     what to name in errors, e.g. {@code experiment 'x' <dataset>: csv file /p/data.csv}
     */
    static CsvTable read(Path file, String separator, String where) {
        Pattern splitter = separator.equals(" ") ? Pattern.compile("[ \\t]+") : Pattern.compile(Pattern.quote(separator));
        List<String> header = List.of();
        int columns = -1;
        int firstLine = 0;
        Values values = new Values();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line; (line = in.readLine()) != null; ) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = splitter.split(separator.equals(" ") ? line.strip() : line, -1);
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = unquote(cells[i].strip());
                }
                if (columns < 0) {
                    columns = cells.length;
                    firstLine = lineNumber;
                    if (Arrays.stream(cells).noneMatch(c -> NUMBER.matcher(c).matches())) {
                        header = List.of(cells);
                        continue;
                    }
                }
                if (cells.length != columns) {
                    throw new DatasetException(where + " line " + lineNumber + " has " + cells.length + " cells but line "
                            + firstLine + (header.isEmpty() ? "" : " (the header)") + " has " + columns
                            + "; every row needs the same number of cells (separator '" + printable(separator) + "')");
                }
                for (int c = 0; c < columns; c++) {
                    values.add(number(cells[c], where, lineNumber, c, header, separator, lineNumber == firstLine));
                }
            }
        } catch (CharacterCodingException e) {
            throw new DatasetException(where + " is not UTF-8 text", e);
        } catch (IOException e) {
            throw new DatasetException(where + " cannot be read: " + e, e);
        }
        if (values.size == 0) {
            throw new DatasetException(where + " has no data rows" + (header.isEmpty() ? ""
                    : " (line " + firstLine + " was read as a header because none of its cells is a number"
                    + separatorHint(String.join("", header), separator) + ")"));
        }
        return new CsvTable(file, header, values.size / columns, columns, values.toArray());
    }

    private static double number(String cell, String where, int line, int column, List<String> header,
                                 String separator, boolean firstRow) {
        String problem;
        if (cell.isEmpty()) {
            problem = "the cell is empty (missing values are not supported)";
        } else if (!NUMBER.matcher(cell).matches()) {
            problem = "'" + cell + "' is not a number" + separatorHint(cell, separator)
                    + (firstRow ? " (line " + line + " is read as data, not as a header, because some of its cells are numbers)" : "");
        } else {
            double v = Double.parseDouble(cell);
            if (Double.isFinite(v)) {
                return v;
            }
            problem = "'" + cell + "' is too large for a double";
        }
        String name = header.isEmpty() ? "" : " ('" + header.get(column) + "')";
        throw new DatasetException(where + " line " + line + ", column " + (column + 1) + name + ": " + problem);
    }

    private static String separatorHint(String cell, String separator) {
        for (char c : LIKELY_SEPARATORS.toCharArray()) {
            if (cell.indexOf(c) >= 0 && !separator.equals(String.valueOf(c))) {
                return "; is the separator '" + printable(String.valueOf(c)) + "'? set it with separator="
                        + CsvDataset.separatorName(c);
            }
        }
        return "";
    }

    private static String printable(String separator) {
        return separator.replace("\t", "\\t");
    }

    private static String unquote(String cell) {
        return cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"") ? cell.substring(1, cell.length() - 1).strip() : cell;
    }

    /** A growable array of doubles, so a large file is not boxed. */
    private static final class Values {
        private double[] data = new double[1024];
        private int size;

        void add(double v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, data.length * 2);
            }
            data[size++] = v;
        }

        double[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
