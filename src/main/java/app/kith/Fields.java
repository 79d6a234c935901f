package app.kith;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** The checks every feature applies to text and dates at its edge, with messages that name the field. */
public final class Fields {

    // Deliberately plain: one @, no spaces, a dot in the domain. Full RFC 5322 accepts addresses no mail client sends to.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private Fields() {
    }

    /**
     * The one of {@code choices} whose key ({@code key}) is the value typed, ignoring case and
     * spacing; Invalid lists the keys there are.
     */
    public static <T> T oneOf(String field, String value, T[] choices, java.util.function.Function<T, String> key) {
        String typed = value == null ? "" : value.strip();
        return java.util.Arrays.stream(choices).filter(c -> key.apply(c).equalsIgnoreCase(typed)).findFirst()
                .orElseThrow(() -> new Invalid(field, field + " must be one of "
                        + java.util.Arrays.stream(choices).map(key).collect(java.util.stream.Collectors.joining(", "))
                        + (typed.isEmpty() ? "" : ", not \"" + typed + "\"")));
    }

    /** Trimmed text, or null when absent or blank. */
    public static String optional(String field, String value, int max) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        if (trimmed.length() > max) {
            throw new Invalid(field, field + " is too long: " + trimmed.length() + " characters, at most " + max);
        }
        if (trimmed.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            throw new Invalid(field, field + " contains control characters");
        }
        return trimmed;
    }

    public static String required(String field, String value, int max) {
        String text = optional(field, value, max);
        if (text == null) {
            throw new Invalid(field, field + " is required");
        }
        return text;
    }

    /** A lower-cased email address, or an error naming the field. */
    public static String email(String field, String value) {
        String email = required(field, value, 254);
        if (!EMAIL.matcher(email).matches()) {
            throw new Invalid(field, "\"" + email + "\" is not a valid email address");
        }
        return email.toLowerCase(java.util.Locale.ROOT);
    }

    /** A rhythm in days: at least a day, at most ten years. */
    public static Integer rhythm(String field, Integer days) {
        if (days == null) {
            return null;
        }
        if (days < 1) {
            throw new Invalid(field, field + " must be at least 1 day, not " + days);
        }
        if (days > 3650) {
            throw new Invalid(field, field + " must be at most 3650 days (ten years), not " + days);
        }
        return days;
    }

    /** An ISO date (YYYY-MM-DD). */
    public static LocalDate date(String field, String value) {
        try {
            return day(field, LocalDate.parse(value.strip()));
        } catch (DateTimeParseException | NullPointerException e) {
            throw new Invalid(field, field + " must be a date like 2026-03-01, not \"" + value + "\"");
        }
    }

    /**
     * The day of something that happened: a touchpoint, an ask, an answer, a step. Kith records
     * facts, so a day after today (the account's, in its time zone) is refused; a typo of a year
     * ahead would otherwise read "last touch: in 36 days" and keep the person off Today.
     */
    public static LocalDate happened(String field, LocalDate on, LocalDate today) {
        day(field, on);
        if (on.isAfter(today)) {
            throw new Invalid(field, field + " " + on + " is after today (" + today
                    + "); Kith records only what has happened");
        }
        return on;
    }

    public static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2999, 12, 31);

    /**
     * A date Kith can plan with: 1900 to 2999. Dates are stored as days since the epoch, so a
     * year like +999999999 must be refused here rather than overflow in the store.
     */
    public static LocalDate day(String field, LocalDate date) {
        if (date != null && (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY))) {
            throw new Invalid(field, field + " must be between " + FIRST_DAY + " and " + LAST_DAY + ", not " + date);
        }
        return date;
    }
}
