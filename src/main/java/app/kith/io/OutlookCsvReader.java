package app.kith.io;

import app.kith.Invalid;
import app.kith.person.Lenient;
import app.kith.person.PersonDraft;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;

/**
 * Outlook's CSV export, from Outlook.com or the desktop app ({@code First Name,Middle Name,Last
 * Name,…,E-mail Address,…,Birthday,…,Notes}; the desktop one adds {@code Categories}, which
 * become circles, separated by {@code ;}). Every number to call is kept, mobile first; faxes are
 * not, nor any part of an address but its town. An Exchange address ({@code /o=ExchangeLabs/…},
 * no {@code @}) is no email.
 */
final class OutlookCsvReader implements ContactReader {

    private static final String WHAT = "an Outlook contacts export (CSV)";
    private static final List<String> HEADER = List.of("First Name", "Last Name", "E-mail Address");
    private static final List<String> EMAILS = List.of("E-mail Address", "E-mail 2 Address", "E-mail 3 Address");
    /** The numbers to call someone on, the likeliest first. */
    private static final List<String> PHONES = List.of("Mobile Phone", "Business Phone", "Business Phone 2",
            "Home Phone", "Home Phone 2", "Primary Phone", "Other Phone", "Company Main Phone", "Car Phone", "Callback",
            "Radio Phone", "Pager", "TTY/TDD Phone", "ISDN", "Assistant's Phone");

    @Override
    public void read(InputStream in, ContactSink sink) {
        CsvTable.read(in, WHAT, columns -> {
            if (!CsvTable.has(columns, HEADER.toArray(String[]::new))) {
                throw new Invalid("file", "The file is not " + WHAT + ": no line with the columns "
                        + String.join(",", HEADER) + " at its start. Export from Outlook → People → Manage contacts"
                        + " → Export contacts");
            }
        }, (row, line) -> row(row, line, sink));
    }

    private static void row(CSVRecord row, int line, ContactSink sink) {
        List<String> emails = cells(row, EMAILS).filter(e -> e.contains("@")).toList();
        String company = CsvCells.first(cell(row, "Company"));
        String name = CsvCells.first(CsvCells.name(cell(row, "First Name"), cell(row, "Middle Name"),
                cell(row, "Last Name")), cell(row, "E-mail Display Name"), cell(row, "Nickname"),
                emails.isEmpty() ? null : emails.get(0), company);
        if (name == null) {
            sink.skipped(new Skipped(line, CsvCells.first(cells(row, PHONES).findFirst().orElse(null), cell(row, "Web Page"),
                    cell(row, "Personal Web Page"), cell(row, "Notes")), "no name, email or company"));
            return;
        }
        List<Lenient.Dropped> dropped = new ArrayList<>();
        PersonDraft draft = new PersonDraft(name, emails, cells(row, PHONES).toList(), company,
                CsvCells.first(cell(row, "Job Title")),
                CsvCells.first(cell(row, "Business City"), cell(row, "Home City"), cell(row, "Other City")),
                CsvCells.linkedin(cells(row, List.of("Web Page", "Personal Web Page")).toList()),
                CsvBirthday.read(cell(row, "Birthday"), dropped), null, List.of(), null, CsvCells.first(cell(row, "Notes")), null,
                CsvCells.semicolons(cell(row, "Categories")), null, List.of());
        sink.contact(new Contact(line, draft, null, null, dropped));
    }

    private static String cell(CSVRecord row, String column) {
        return CsvTable.cell(row, column);
    }

    /** The non-empty values of these columns, each once. */
    private static Stream<String> cells(CSVRecord row, List<String> columns) {
        return columns.stream().map(c -> cell(row, c)).filter(v -> !v.isEmpty()).distinct();
    }
}
