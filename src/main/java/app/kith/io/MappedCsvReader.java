package app.kith.io;

import app.kith.Invalid;
import app.kith.person.Lenient;
import app.kith.person.PersonDraft;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * Any other CSV with a header line (a spreadsheet, a CRM's export), read through a mapping from
 * Kith's fields to the file's columns that the user confirms: {@link CsvMapping#guess} proposes
 * one from the usual column names, and is used when none is given. List fields (emails, phones,
 * topics, circles) may hold several values in a cell, split on {@code ;}, {@code ,} or
 * {@code :::}. A row with neither a name nor an email is skipped.
 */
final class MappedCsvReader implements ContactReader {

    static final String WHAT = "a CSV file with a header line";

    private final Map<String, String> given;
    private Map<String, String> used;

    /** {@code mapping}: Kith field to the file's column; null or empty to guess it from the header. */
    MappedCsvReader(Map<String, String> mapping) {
        this.given = mapping == null ? Map.of() : mapping;
        CsvMapping.checkFields(given);
    }

    /** The mapping the read used (the guess, when none was given); null before a read. */
    Map<String, String> used() {
        return used;
    }

    /** The columns of the file's header, read from its first line and no further, so they can be shown. */
    static List<String> header(InputStream in) {
        return CsvTable.header(in, WHAT);
    }

    /** Proposes a mapping from Kith's fields to the columns of this header, by their usual names. */
    static Map<String, String> guess(List<String> header) {
        return CsvMapping.guess(header);
    }

    @Override
    public void read(InputStream in, ContactSink sink) {
        CsvTable.read(in, WHAT, columns -> used = CsvMapping.resolve(given, columns), (row, line) -> row(row, line, sink));
    }

    private void row(CSVRecord row, int line, ContactSink sink) {
        Map<String, String> f = new LinkedHashMap<>();
        used.forEach((field, column) -> f.put(field, CsvTable.cell(row, column)));
        List<String> emails = list(f, "emails");
        String name = CsvCells.first(f.get("name"), CsvCells.name(f.get("firstName"), f.get("lastName")),
                emails.isEmpty() ? null : emails.get(0));
        if (name == null) {
            sink.skipped(new Skipped(line, CsvTable.firstValue(row), "no name or email"));
            return;
        }
        List<Lenient.Dropped> dropped = new ArrayList<>();
        PersonDraft draft = new PersonDraft(name, emails, list(f, "phones"), text(f, "company"), text(f, "role"),
                text(f, "location"), text(f, "linkedinUrl"), CsvBirthday.read(f.get("birthday"), dropped), text(f, "howWeMet"),
                list(f, "topics"), null, text(f, "notes"), null, list(f, "circles"), null, List.of());
        sink.contact(new Contact(line, draft, null, null, dropped));
    }

    private static String text(Map<String, String> f, String field) {
        return CsvCells.first(f.get(field));
    }

    private static List<String> list(Map<String, String> f, String field) {
        return CsvCells.list(f.getOrDefault(field, ""));
    }
}
