package app.kith;

/** A write that clashes with what is already there (a circle name taken, an email in use). */
public class Conflict extends RuntimeException {

    private final String field;

    public Conflict(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
