package app.kith.db;

/** The store cannot be opened: a bad KITH_DB_URL, PostgreSQL down, a data folder that cannot be written. */
public class StoreUnavailable extends RuntimeException {

    public StoreUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
