package app.kith;

/**
 * Input that Kith refuses, naming the field at fault so the CLI can say which option and the API
 * which JSON property. Thrown before anything is written.
 */
public class Invalid extends RuntimeException {

    private final String field;

    public Invalid(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
