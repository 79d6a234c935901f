package app.kith.web;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Dates as the pages write them, all in one place: "Saturday 5 December 2026", "Saturday 5
 * December", "Sat 7 Mar 2026", "3 Oct", "Mar 2021", "in 5 days", "3 months ago", and on a
 * chart's axis "Mar", "Sat".
 */
public final class Dates {

    private static final DateTimeFormatter HEADING = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter THIS_YEAR = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter OTHER_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter AXIS_MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
    private static final DateTimeFormatter AXIS_DAY = DateTimeFormatter.ofPattern("EEE", Locale.ENGLISH);
    private static final DateTimeFormatter BIRTHDAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter BIRTHDAY_NO_YEAR = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    private Dates() {
    }

    /** A day in full, as Today's heading names it: "Saturday 5 December 2026". */
    public static String heading(LocalDate day) {
        return HEADING.format(day);
    }

    /** A day near enough that its year goes without saying: "Saturday 26 December" (nothing for no day). */
    public static String weekday(LocalDate day) {
        return day == null ? "" : WEEKDAY.format(day);
    }

    public static String date(LocalDate day) {
        return day.format(DATE);
    }

    /** A day in a list, with its year only when it is not the year of {@code today}: "3 Oct", "3 Oct 2025". */
    public static String day(LocalDate day, LocalDate today) {
        return (day.getYear() == today.getYear() ? THIS_YEAR : OTHER_YEAR).format(day);
    }

    /** The month of a day: "Mar 2021". */
    public static String month(LocalDate day) {
        return day.format(MONTH);
    }

    /** A month on a chart's axis: "Mar". */
    public static String axisMonth(LocalDate day) {
        return day.format(AXIS_MONTH);
    }

    /** A day of the week on a chart's axis: "Sat". */
    public static String axisDay(LocalDate day) {
        return day.format(AXIS_DAY);
    }

    /** A birthday as stored (ISO {@code 1815-12-10}, or {@code --12-10} without a year): "10 December 1815", "10 December". */
    public static String birthday(String stored) {
        if (stored == null) {
            return null;
        }
        return stored.startsWith("--") ? MonthDay.parse(stored).format(BIRTHDAY_NO_YEAR)
                : LocalDate.parse(stored).format(BIRTHDAY);
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
