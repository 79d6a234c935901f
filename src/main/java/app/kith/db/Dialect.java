package app.kith.db;

/** The two stores Kith runs on; migrations live in one folder per dialect. */
public enum Dialect {
    SQLITE("sqlite"),
    POSTGRESQL("postgresql");

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    String migrations() {
        return "classpath:db/migration/" + folder;
    }
}
