package app.kith.io;

import app.kith.Invalid;
import app.kith.person.Lenient;
import app.kith.person.PersonDraft;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * LinkedIn's {@code Connections.csv} as LinkedIn exports it: a byte-order mark, a few lines of
 * notes before the real header {@code First Name,Last Name,URL,Email Address,Company,Position,
 * Connected On}, quoted fields, mostly empty emails, and dates like {@code 12 Mar 2024} or
 * {@code 7-Feb-22}. "Connected On" is the day you connected, which starts the person's rhythm
 * clock.
 */
final class LinkedInReader implements ContactReader {

    static final List<String> HEADER = List.of("First Name", "Last Name", "URL", "Email Address", "Company", "Position",
            "Connected On");
    /** The notes before the header are a few lines; a file without the header in its first lines is no export. */
    private static final int MAX_PREAMBLE = 30;
    private static final String WHAT = "a LinkedIn connections export (Connections.csv)";

    @Override
    public void read(InputStream in, ContactSink sink) {
        TextInput text = TextInput.utf8(in);
        TextInput.guard(WHAT, () -> {
            int headerLine = skipToHeader(text);
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new))
                    .setSkipHeaderRecord(false).setIgnoreEmptyLines(true).setTrim(true).get();
            try (CSVParser csv = CSVParser.builder().setReader(text).setFormat(format).get()) {
                // A row starts on the line after the one the previous row ended on (a quoted
                // field may hold line breaks).
                long ended = 0;
                for (CSVRecord row : csv) {
                    row(row, headerLine + (int) ended + 1, sink);
                    ended = csv.getCurrentLineNumber();
                }
            }
        });
    }

    /** Reads up to the header line, a line at a time; returns its line number. */
    private static int skipToHeader(TextInput text) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int n = 1; n <= MAX_PREAMBLE; n++) {
            line.setLength(0);
            int c;
            while ((c = text.read()) >= 0 && c != '\n') {
                line.append((char) c);
            }
            if (isHeader(line.toString())) {
                return n;
            }
            if (c < 0) {
                break;
            }
        }
        if (!text.sawAnything()) {
            throw new Invalid("file", "The file is empty: export your connections from LinkedIn (Settings → Data privacy"
                    + " → Get a copy of your data → Connections) and upload Connections.csv");
        }
        throw new Invalid("file", "The file is not " + WHAT + ": no line with the columns " + String.join(",", HEADER)
                + " in its first " + MAX_PREAMBLE + " lines");
    }

    private static boolean isHeader(String line) {
        String l = line.strip().toLowerCase(Locale.ROOT);
        return l.startsWith("first name,last name,") && l.contains("connected on");
    }

    private static void row(CSVRecord row, int line, ContactSink sink) {
        Map<String, String> f = new TreeMap<>();
        for (String column : HEADER) {
            f.put(column, row.isSet(column) ? row.get(column).strip() : "");
        }
        String name = (f.get("First Name") + " " + f.get("Last Name")).strip();
        if (name.isEmpty()) {
            sink.skipped(new Skipped(line, CsvCells.first(f.get("Email Address"), f.get("URL"), f.get("Company"),
                    f.get("Position")), "no first or last name"));
            return;
        }
        List<Lenient.Dropped> dropped = new ArrayList<>();
        LocalDate connected = null;
        if (!f.get("Connected On").isEmpty()) {
            try {
                connected = LinkedInDates.parse(f.get("Connected On"));
            } catch (Invalid e) {
                // The day you connected only starts the clock: without it the clock starts today.
                dropped.add(new Lenient.Dropped("connectedOn", f.get("Connected On"), "is not a date"));
            }
        }
        String email = f.get("Email Address");
        PersonDraft draft = new PersonDraft(name, email.isEmpty() ? List.of() : List.of(email), List.of(),
                blank(f.get("Company")), blank(f.get("Position")), null, blank(f.get("URL")), null, null, List.of(), null,
                null, null, List.of(), connected, List.of());
        sink.contact(new Contact(line, draft, connected, null, dropped));
    }

    private static String blank(String value) {
        return value.isEmpty() ? null : value;
    }
}
