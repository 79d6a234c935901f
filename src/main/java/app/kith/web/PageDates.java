package app.kith.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the pages write them ("Saturday 26 December"). */
public final class PageDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    private PageDates() {
    }

    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }
}
