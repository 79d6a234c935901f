package app.kith.io;

import app.kith.person.Person;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * People as a CSV file a spreadsheet opens: one row each, lists joined by "; " (a value may hold
 * commas), dates as YYYY-MM-DD, a cell a spreadsheet would run as a formula escaped
 * ({@link CsvFormulas}). Kith's own import reads it back through the column mapping.
 */
final class CsvWriter implements AutoCloseable {

    static final List<String> COLUMNS = List.of("Name", "Emails", "Phones", "Company", "Role", "Location", "LinkedIn",
            "Birthday", "How we met", "Topics", "Looking for", "Why", "Circles", "Own rhythm (days)", "Rhythm (days)",
            "Last touch", "Due", "Notes");

    private final CSVPrinter csv;

    CsvWriter(Writer out) throws IOException {
        // Excel reads UTF-8 only with the mark; other programs skip it.
        out.write('\uFEFF');
        this.csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get());
    }

    void write(Person p) throws IOException {
        csv.printRecord(Stream.of(p.name(), join(p.emails()), join(p.phones()), p.company(), p.role(), p.location(),
                p.linkedinUrl(), p.birthday(), p.howWeMet(), join(p.topics()), join(p.lookingFor()),
                p.why() == null ? null : p.why().key(), join(p.circles().stream().map(Person.CircleRef::name).toList()),
                p.ownRhythmDays(), p.rhythmDays(), p.lastTouchOn(), p.dueOn(), p.notes())
                .map(v -> CsvFormulas.neutral(Objects.toString(v, null))));
    }

    private static String join(List<String> values) {
        return String.join("; ", values);
    }

    @Override
    public void close() throws IOException {
        csv.close(true);
    }
}
