package app.kith.io;

import app.kith.Invalid;
import app.kith.person.Lenient;
import app.kith.person.PersonDraft;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/**
 * Google Contacts' CSV export, in either layout Google has written: the older "Google CSV"
 * ({@code Name,Given Name,…,Family Name,…,Group Membership,E-mail 1 - Type,E-mail 1 - Value,…})
 * and the one since 2023 ({@code First Name,Middle Name,Last Name,…,Labels,E-mail 1 - Label,…}).
 * A cell may hold several values as {@code a ::: b}. Groups become circles, except Google's own
 * ({@code * myContacts}, {@code * starred}: every group starting with {@code * }), which say
 * nothing about the person. Only the first address's town and the first organization are kept.
 */
final class GoogleCsvReader implements ContactReader {

    private static final String WHAT = "a Google Contacts export (CSV)";
    private static final List<String> LEGACY = List.of("Name", "Given Name", "Family Name", "Group Membership");
    private static final List<String> NEWER = List.of("First Name", "Last Name", "Labels");
    private static final Pattern EMAIL = Pattern.compile("(?i)e-mail \\d+ - value");
    private static final Pattern PHONE = Pattern.compile("(?i)phone \\d+ - value");
    private static final Pattern WEBSITE = Pattern.compile("(?i)website \\d+ - value");

    /** Where each layout keeps what Kith reads. */
    private record Layout(List<String> name, String groups, String company, String role) {
    }

    private static final Layout LEGACY_LAYOUT = new Layout(List.of("Given Name", "Additional Name", "Family Name"),
            "Group Membership", "Organization 1 - Name", "Organization 1 - Title");
    private static final Layout NEWER_LAYOUT = new Layout(List.of("First Name", "Middle Name", "Last Name"),
            "Labels", "Organization Name", "Organization Title");

    @Override
    public void read(InputStream in, ContactSink sink) {
        Layout[] layout = new Layout[1];
        List<List<String>> numbered = new ArrayList<>();
        CsvTable.read(in, WHAT, columns -> {
            layout[0] = layout(columns);
            numbered.addAll(List.of(matching(columns, EMAIL), matching(columns, PHONE), matching(columns, WEBSITE)));
        }, (row, line) -> row(row, line, layout[0], numbered.get(0), numbered.get(1), numbered.get(2), sink));
    }

    /** The numbered columns of one kind ("E-mail 1 - Value", "E-mail 2 - Value"…), as many as the file has. */
    private static List<String> matching(List<String> columns, Pattern kind) {
        return columns.stream().filter(c -> kind.matcher(c).matches()).toList();
    }

    private static Layout layout(List<String> columns) {
        if (CsvTable.has(columns, LEGACY.toArray(String[]::new))) {
            return LEGACY_LAYOUT;
        }
        if (CsvTable.has(columns, NEWER.toArray(String[]::new))) {
            return NEWER_LAYOUT;
        }
        throw new Invalid("file", "The file is not " + WHAT + ": its first line is no header of Google's, no line with"
                + " the columns " + String.join(",", LEGACY) + " (Google CSV) or " + String.join(",", NEWER)
                + " (since 2023). Export from contacts.google.com → Export → Google CSV");
    }

    private static void row(CSVRecord row, int line, Layout layout, List<String> emailColumns,
                            List<String> phoneColumns, List<String> websiteColumns, ContactSink sink) {
        List<String> emails = values(row, emailColumns);
        String company = CsvCells.first(CsvTable.cell(row, layout.company()));
        String given = CsvCells.name(layout.name().stream().map(c -> CsvTable.cell(row, c)).toArray(String[]::new));
        String name = CsvCells.first(CsvTable.cell(row, "Name"), given, CsvTable.cell(row, "File As"),
                CsvTable.cell(row, "Nickname"), emails.isEmpty() ? null : emails.get(0), company);
        if (name == null) {
            sink.skipped(new Skipped(line, CsvCells.first(CsvCells.first(values(row, phoneColumns).toArray(String[]::new)),
                    CsvCells.first(values(row, websiteColumns).toArray(String[]::new)), CsvTable.cell(row, "Notes"),
                    CsvTable.cell(row, "Address 1 - Formatted")), "no name, email or company"));
            return;
        }
        String location = CsvCells.first(CsvTable.cell(row, "Address 1 - City"), CsvTable.cell(row, "Address 1 - Region"),
                CsvTable.cell(row, "Address 1 - Country"));
        List<String> circles = CsvCells.google(CsvTable.cell(row, layout.groups())).stream()
                .filter(g -> !g.startsWith("*")).toList();
        List<Lenient.Dropped> dropped = new ArrayList<>();
        PersonDraft draft = new PersonDraft(name, emails, values(row, phoneColumns), company,
                CsvCells.first(CsvTable.cell(row, layout.role())), location, CsvCells.linkedin(values(row, websiteColumns)),
                CsvBirthday.read(CsvTable.cell(row, "Birthday"), dropped), null, List.of(), null,
                CsvCells.first(CsvTable.cell(row, "Notes")), null, circles, null, List.of());
        sink.contact(new Contact(line, draft, null, null, dropped));
    }

    /** Every value in these columns, split where Google put several in one cell. */
    private static List<String> values(CSVRecord row, List<String> columns) {
        return columns.stream().flatMap(c -> CsvCells.google(CsvTable.cell(row, c)).stream()).distinct().toList();
    }
}
