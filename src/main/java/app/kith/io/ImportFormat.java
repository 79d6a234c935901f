package app.kith.io;

import app.kith.Fields;

/** The files Kith imports, by the word the CLI and the API use for each. */
public enum ImportFormat {
    LINKEDIN("linkedin", "LinkedIn", "a LinkedIn connections export (Connections.csv)"),
    VCARD("vcard", "vCard", "a vCard file (.vcf) of one or many contacts: Apple, Google, Android, Outlook, Thunderbird"),
    GOOGLE("google", "Google Contacts", "a Google Contacts export (Google CSV, either layout)"),
    OUTLOOK("outlook", "Outlook", "an Outlook contacts export (CSV, Outlook.com or desktop)"),
    CSV("csv", "CSV", "any CSV with a header, through a column mapping"),
    JSON("json", "Kith JSON", "a Kith JSON export (kith export json), into an empty Kith");

    private final String key;
    private final String label;
    private final String description;

    ImportFormat(String key, String label, String description) {
        this.key = key;
        this.label = label;
        this.description = description;
    }

    /** Where a change came from, as a timeline says it: "LinkedIn import". */
    public String source() {
        return label + " import";
    }

    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    public static ImportFormat parse(String field, String value) {
        return Fields.oneOf(field, value, values(), ImportFormat::key);
    }

    /** A reader for one file; a CSV's reads through the options' column mapping, or a guess from its header. */
    ContactReader reader(ImportOptions options) {
        return switch (this) {
            case LINKEDIN -> new LinkedInReader();
            case VCARD -> new VCardReader();
            case GOOGLE -> new GoogleCsvReader();
            case OUTLOOK -> new OutlookCsvReader();
            case CSV -> new MappedCsvReader(options == null ? null : options.mapping());
            case JSON -> throw new IllegalStateException("a JSON export is restored whole (JsonImport), not read as contacts");
        };
    }
}
