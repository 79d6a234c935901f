package app.kith;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a summary says its counts: "3 created, 1 updated", never "3 created, 0 updated, 0 skipped".
 * A count of nothing is left out; when every count is nothing, the summary says so in its own
 * words ({@link #or}).
 */
public final class Counts {

    private final List<String> parts = new ArrayList<>();

    public static Counts of() {
        return new Counts();
    }

    /** "3 created": the count and what follows it, unless the count is 0. */
    public Counts add(long n, String what) {
        if (n != 0) {
            parts.add(number(n) + " " + what);
        }
        return this;
    }

    /** "1 touchpoint", "3 touchpoints", unless the count is 0. */
    public Counts add(long n, String one, String many) {
        if (n != 0) {
            parts.add(noun(n, one, many));
        }
        return this;
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /** The counts that are not 0, joined by commas; {@code none} when there are none. */
    public String or(String none) {
        return parts.isEmpty() ? none : String.join(", ", parts);
    }

    @Override
    public String toString() {
        return or("");
    }

    /** "1 touchpoint", "3 touchpoints", "1,200 people". */
    public static String noun(long n, String one, String many) {
        return number(n) + " " + (n == 1 ? one : many);
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
