package app.kith.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Dates as a page says them: "Sat 7 Mar 2026", "in 5 days", "3 months ago". */
public final class Days {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private Days() {
    }

    public static String date(LocalDate day) {
        return day.format(DATE);
    }

    /** How far a day is from today, in the unit a person would use. */
    public static String relative(LocalDate day, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, day);
        if (days == 0) {
            return "today";
        }
        if (days == 1) {
            return "tomorrow";
        }
        if (days == -1) {
            return "yesterday";
        }
        String span = span(Math.abs(days));
        return days > 0 ? "in " + span : span + " ago";
    }

    /** A number of days, in days up to two months, then months, then years. */
    public static String span(long days) {
        if (days < 60) {
            return count(days, "day");
        }
        if (days < 730) {
            return count(Math.round(days / 30.44), "month");
        }
        return count(days / 365, "year");
    }

    private static String count(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
