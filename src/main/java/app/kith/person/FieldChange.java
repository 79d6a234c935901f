package app.kith.person;

/**
 * One field of a person changed: {@code field} is Kith's name for it ({@code role},
 * {@code company}, {@code location}), {@code before} null when it was not known.
 */
public record FieldChange(String field, String before, String after) {

    /** Whether it says something new: not the same value, ignoring spacing and case. */
    public boolean changes() {
        return after != null && (before == null || !before.strip().equalsIgnoreCase(after.strip()));
    }
}
