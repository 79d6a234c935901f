package app.kith.web;

import app.kith.Invalid;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/** What form controls send, read into what the features take: every value arrives as text. */
public final class Inputs {

    private Inputs() {
    }

    /** Values typed one per line or separated by commas (or semicolons, as some address books copy them). */
    public static List<String> list(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;\\r\\n]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A whole number, or null when left empty; the feature checks its range. */
    public static Integer number(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (!value.matches("-?\\d{1,9}")) {
            throw new Invalid(field, field + " must be a whole number of days, like 30, not \"" + value + "\"");
        }
        return Integer.parseInt(value);
    }

    /** A day as a date control sends it (YYYY-MM-DD), or null when left empty; the feature checks its range. */
    public static LocalDate day(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new Invalid(field, "Use a date like 2026-03-01, not \"" + text.strip() + "\"");
        }
    }

    public static String text(String value) {
        return value == null ? "" : value;
    }
}
