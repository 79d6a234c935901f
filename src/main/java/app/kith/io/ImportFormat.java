package app.kith.io;

import app.kith.Invalid;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The files Kith imports, by the word the CLI and the API use for each. */
public enum ImportFormat {
    LINKEDIN("linkedin", "a LinkedIn connections export (Connections.csv)"),
    VCARD("vcard", "a vCard file (.vcf) of one or many contacts: Apple, Google, Android, Outlook, Thunderbird");

    private final String key;
    private final String description;

    ImportFormat(String key, String description) {
        this.key = key;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    public static ImportFormat parse(String field, String value) {
        String typed = value == null ? "" : value.strip();
        return Arrays.stream(values()).filter(f -> f.key.equalsIgnoreCase(typed)).findFirst()
                .orElseThrow(() -> new Invalid(field, field + " must be one of "
                        + Arrays.stream(values()).map(ImportFormat::key).collect(Collectors.joining(", "))
                        + (typed.isEmpty() ? "" : ", not \"" + typed + "\"")));
    }

    ContactReader reader() {
        return switch (this) {
            case LINKEDIN -> new LinkedInReader();
            case VCARD -> new VCardReader();
        };
    }
}
