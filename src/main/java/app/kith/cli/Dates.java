package app.kith.cli;

import app.kith.Invalid;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as people type them: 2026-03-01, today, tomorrow, yesterday, +3d, +2w, +1m, "in 3 days". */
final class Dates {

    private static final Pattern RELATIVE = Pattern.compile("([+-]?)(\\d{1,4})([dwmy])");
    private static final Pattern IN_WORDS = Pattern.compile("in (\\d{1,4}) (day|week|month|year)s?");

    private Dates() {
    }

    static LocalDate parse(String option, String text, LocalDate today) {
        return app.kith.Fields.day(option, text == null ? today : read(option, text, today));
    }

    private static LocalDate read(String option, String text, LocalDate today) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        switch (value) {
            case "today":
                return today;
            case "tomorrow":
                return today.plusDays(1);
            case "yesterday":
                return today.minusDays(1);
            default:
                break;
        }
        Matcher words = IN_WORDS.matcher(value.replaceAll("\\s+", " "));
        if (words.matches()) {
            value = "+" + words.group(1) + words.group(2).charAt(0);
        }
        Matcher m = RELATIVE.matcher(value);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(2)) * (m.group(1).equals("-") ? -1 : 1);
            return switch (m.group(3)) {
                case "d" -> today.plusDays(n);
                case "w" -> today.plusWeeks(n);
                case "m" -> today.plusMonths(n);
                default -> today.plusYears(n);
            };
        }
        try {
            return LocalDate.parse(value);
        } catch (java.time.DateTimeException e) {
            throw new Invalid(option, option + " must be a date like 2026-03-01 (or today, tomorrow, +3d, +2w, in 3 days), not \""
                    + text + "\"");
        }
    }
}
