package org.initlab.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.PushbackReader;
import java.io.Reader;
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
 * numbers, every row as wide as the first. Fields follow RFC 4180 (read by jackson-dataformat-csv):
 * a field may be quoted, and a quoted field may hold the separator or a doubled quote. The first
 * non-blank row is a header when none of its cells is a number; a row mixing numbers and text is read
 * as data, so a typo in the first row fails loudly instead of silently becoming column names. Blank
 * lines are skipped and cells are trimmed. Only finite decimal numbers are accepted: a missing value
 * or NaN would poison every statistic computed from the data, so each is an error naming its line and
 * column. The {@code space} separator is not CSV but whitespace-aligned columns: runs of blanks split.
 *
 * @param header column names, or empty when the file has no header line
 * @param values row-major, {@code rows × columns}
 */
record CsvTable(Path file, List<String> header, int rows, int columns, double[] values) {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final String LIKELY_SEPARATORS = ",;\t|";
    private static final Pattern BLANKS = Pattern.compile("[ \\t]+");

    CsvTable {
        header = List.copyOf(header);
    }

    /** The column's name and position for messages: {@code column 3 ('age')} (1-based, like editors). */
    String describeColumn(int index) {
        return "column " + (index + 1) + (header.isEmpty() ? "" : " ('" + header.get(index) + "')");
    }

    /** One row of cells and the line it starts on (1-based). */
    private record Row(int line, String[] cells) {
    }

    /** The rows of a file, one at a time. */
    private interface Rows extends AutoCloseable {
        Row next() throws IOException; // null at the end

        @Override
        void close() throws IOException;
    }

    /** The cells of the first non-blank row (header or data): what the plan needs to know the width. */
    static int columns(Path file, String separator, String where) {
        try (Rows rows = separator.equals(" ") ? blankSeparated(file) : csv(file, separator.charAt(0))) {
            for (Row row; (row = rows.next()) != null; ) {
                String[] cells = row.cells();
                if (!(cells.length == 0 || cells.length == 1 && cells[0].isBlank())) {
                    return cells.length;
                }
            }
            throw new DatasetException(where + " has no data rows");
        } catch (CharacterCodingException | JsonProcessingException e) {
            throw new DatasetException(where + " is not readable CSV text (UTF-8, RFC 4180): "
                    + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : "not UTF-8"), e);
        } catch (IOException e) {
            throw new DatasetException(where + " cannot be read: " + e, e);
        }
    }

    /**
     * @param separator the cell separator, e.g. {@code ,}; {@code " "} splits on runs of blanks
     * @param where     what to name in errors, e.g. {@code experiment 'x' <dataset>: csv file /p/data.csv}
     */
    static CsvTable read(Path file, String separator, String where) {
        List<String> header = List.of();
        int columns = -1;
        int firstLine = 0;
        Values values = new Values();
        try (Rows rows = separator.equals(" ") ? blankSeparated(file) : csv(file, separator.charAt(0))) {
            for (Row row; (row = rows.next()) != null; ) {
                String[] cells = row.cells();
                if (cells.length == 0 || cells.length == 1 && cells[0].isBlank()) {
                    continue;
                }
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
                int lineNumber = row.line();
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
        } catch (CharacterCodingException | JsonProcessingException e) {
            throw new DatasetException(where + " is not readable CSV text (UTF-8, RFC 4180): "
                    + (e instanceof JsonProcessingException j ? j.getOriginalMessage() + " at line "
                    + j.getLocation().getLineNr() : "not UTF-8"), e);
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

    /** RFC 4180 rows; each row's line is where it starts, so a quoted line break does not shift the numbers. */
    private static Rows csv(Path file, char separator) throws IOException {
        CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY,
                CsvParser.Feature.SKIP_EMPTY_LINES, CsvParser.Feature.TRIM_SPACES).build();
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator).withoutHeader();
        Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<String[]> it;
        try {
            it = mapper.readerFor(String[].class).with(schema).readValues(skipBom(reader));
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
        return new Rows() {
            @Override
            public Row next() throws IOException {
                try {
                    if (!it.hasNextValue()) {
                        return null;
                    }
                    String[] cells = it.nextValue();
                    return new Row(it.getParser().currentTokenLocation().getLineNr(), cells);
                } catch (RuntimeException e) {
                    if (e.getCause() instanceof IOException io) {
                        throw io;
                    }
                    throw e;
                }
            }

            @Override
            public void close() throws IOException {
                it.close();
                reader.close();
            }
        };
    }

    /** Whitespace-aligned columns: a line is a row, runs of blanks separate its cells. */
    private static Rows blankSeparated(Path file) throws IOException {
        BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        return new Rows() {
            private int line;

            @Override
            public Row next() throws IOException {
                String text = in.readLine();
                if (text == null) {
                    return null;
                }
                line++;
                if (line == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                return new Row(line, text.isBlank() ? new String[0] : BLANKS.split(text.strip(), -1));
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        };
    }

    private static Reader skipBom(Reader reader) throws IOException {
        PushbackReader in = new PushbackReader(reader, 1);
        int first = in.read();
        if (first != -1 && first != '\uFEFF') {
            in.unread(first);
        }
        return in;
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
