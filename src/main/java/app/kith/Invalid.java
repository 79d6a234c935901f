package app.kith;

import java.util.List;

/**
 * Input that Kith refuses, naming the field at fault so the CLI can say which option and the API
 * which JSON property. Thrown before anything is written. One refusal may carry others found with
 * it ({@link #all}, gathered by {@link Checks}), so a form can show every wrong field at once; the
 * first is the one named by {@link #field} and the message.
 */
public class Invalid extends RuntimeException {

    private final String field;
    private final List<Invalid> all;

    public Invalid(String field, String message) {
        super(message);
        this.field = field;
        this.all = List.of(this);
    }

    private Invalid(List<Invalid> all) {
        super(all.get(0).getMessage());
        this.field = all.get(0).field();
        this.all = List.copyOf(all);
    }

    /** The refusals found together, as one: the first speaks for them where only one is said. */
    static Invalid together(List<Invalid> refusals) {
        return refusals.size() == 1 ? refusals.get(0) : new Invalid(refusals);
    }

    public String field() {
        return field;
    }

    /** Every refusal found with this one, this one first; just this one when it came alone. */
    public List<Invalid> all() {
        return all;
    }
}
