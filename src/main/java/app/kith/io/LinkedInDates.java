package app.kith.io;

import app.kith.Invalid;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;

/** The ways LinkedIn has written "Connected On" over the years: 12 Mar 2024, 7-Feb-22, 2024-03-12. */
final class LinkedInDates {

    private static final List<DateTimeFormatter> FORMATS = List.of(
            english("d MMM uuuu"), english("d-MMM-uu"), english("d-MMM-uuuu"), english("d MMM uu"),
            english("MMM d, uuuu"), DateTimeFormatter.ISO_LOCAL_DATE);

    private LinkedInDates() {
    }

    static LocalDate parse(String text) {
        String t = text.strip();
        for (DateTimeFormatter f : FORMATS) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException e) {
                // the next way of writing it
            }
        }
        throw new Invalid("Connected On", "\"" + text + "\" is not a date (like 12 Mar 2024)");
    }

    /** Month names in English whatever the machine's language, any case; two-digit years are 2000–2099. */
    private static DateTimeFormatter english(String pattern) {
        DateTimeFormatterBuilder b = new DateTimeFormatterBuilder().parseCaseInsensitive();
        if (pattern.endsWith("uu") && !pattern.endsWith("uuuu")) {
            b.appendPattern(pattern.substring(0, pattern.length() - 2))
                    .appendValueReduced(ChronoField.YEAR, 2, 2, 2000);
        } else {
            b.appendPattern(pattern);
        }
        return b.toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }
}
