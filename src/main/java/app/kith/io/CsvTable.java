package app.kith.io;

import app.kith.Invalid;
import java.io.InputStream;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * A CSV file whose first line is its header, as contacts apps export them, read as it streams
 * through {@link TextInput}: the header is handed over to be checked before any row is read, then
 * each row with the line it starts on. Columns are found by name whatever their case, and an
 * empty or repeated column name (a trailing comma, two "Notes") does not refuse the file.
 */
final class CsvTable {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreHeaderCase(true).setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).setIgnoreEmptyLines(true).setTrim(true).get();

    /** Checks the header, refusing the file with {@link Invalid} when it is not the one expected. */
    interface Header {
        void check(List<String> columns);
    }

    /** Hears each row and the line it starts on. */
    interface Rows {
        void row(CSVRecord row, int line);
    }

    private CsvTable() {
    }

    /** Reads the file described as {@code what} ("a Google Contacts export"). */
    static void read(InputStream in, String what, Header header, Rows rows) {
        TextInput text = TextInput.utf8(in);
        TextInput.guard(what, () -> {
            try (CSVParser csv = CSVParser.builder().setReader(text).setFormat(FORMAT).get()) {
                header.check(columns(csv, text, what));
                // A row starts on the line after the one the previous row ended on (a quoted
                // field may hold line breaks).
                long ended = csv.getCurrentLineNumber();
                for (CSVRecord row : csv) {
                    rows.row(row, (int) ended + 1);
                    ended = csv.getCurrentLineNumber();
                }
            }
        });
    }

    /** Only the header's columns, read from the first line and no further. */
    static List<String> header(InputStream in, String what) {
        TextInput text = TextInput.utf8(in);
        @SuppressWarnings("unchecked")
        List<String>[] columns = new List[1];
        TextInput.guard(what, () -> {
            try (CSVParser csv = CSVParser.builder().setReader(text).setFormat(FORMAT).get()) {
                columns[0] = columns(csv, text, what);
            }
        });
        return columns[0];
    }

    private static List<String> columns(CSVParser csv, TextInput text, String what) {
        List<String> names = csv.getHeaderNames();
        if (names.stream().allMatch(String::isBlank)) {
            throw new Invalid("file", "The file is not " + what + ": "
                    + (text.sawAnything() ? "it has no header line" : "it is empty"));
        }
        return List.copyOf(names);
    }

    /**
     * The row's value in a column, stripped, without the quote an export put before a formula
     * ({@link CsvFormulas}); empty when the file has no such column or the row is short.
     */
    static String cell(CSVRecord row, String column) {
        return row.isSet(column) ? CsvFormulas.original(row.get(column).strip()) : "";
    }

    /** The row's first value, to name a row that cannot be used by what it has; null for a row of empty cells. */
    static String firstValue(CSVRecord row) {
        for (String value : row) {
            String v = CsvFormulas.original(value.strip());
            if (!v.isEmpty()) {
                return v;
            }
        }
        return null;
    }

    /** Whether the header has every one of these columns, whatever their case. */
    static boolean has(List<String> columns, String... wanted) {
        for (String w : wanted) {
            if (columns.stream().noneMatch(c -> c.strip().equalsIgnoreCase(w))) {
                return false;
            }
        }
        return true;
    }
}
