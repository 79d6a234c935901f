package app.kith.io;

import app.kith.Fields;

/** What Kith writes out, by the word the CLI and the API use. */
public enum ExportFormat {
    CSV("csv", "text/csv", "kith-people.csv"),
    VCARD("vcard", "text/vcard", "kith-people.vcf"),
    VCARD3("vcard3", "text/vcard", "kith-people.vcf"),
    JSON("json", "application/json", "kith-export.json");

    private final String key;
    private final String mediaType;
    private final String fileName;

    ExportFormat(String key, String mediaType, String fileName) {
        this.key = key;
        this.mediaType = mediaType;
        this.fileName = fileName;
    }

    public String key() {
        return key;
    }

    public String mediaType() {
        return mediaType;
    }

    /** A name to save it under. */
    public String fileName() {
        return fileName;
    }

    public static ExportFormat parse(String field, String value) {
        return Fields.oneOf(field, value, values(), ExportFormat::key);
    }
}
