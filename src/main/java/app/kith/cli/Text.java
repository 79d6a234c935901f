package app.kith.cli;

import app.kith.person.Person;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the CLI writes people and dates for reading. */
final class Text {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH);

    private Text() {
    }

    static String day(LocalDate date) {
        return date == null ? "-" : DAY.format(date);
    }

    /** "2026-03-02 10:00", in the account's time zone. */
    static String moment(Instant at, ZoneId zone) {
        return at == null ? "-" : MOMENT.format(at.atZone(zone));
    }

    /** "#12 Ada Lovelace (Analytical Engines)" */
    static String line(Person p) {
        String extra = p.company() != null ? p.company() : p.emails().isEmpty() ? null : p.emails().get(0);
        return "#" + p.id() + " " + p.name() + (extra == null ? "" : " (" + extra + ")");
    }


    static String fit(String text, int width) {
        if (text == null) {
            return " ".repeat(width);
        }
        if (text.length() > width) {
            return text.substring(0, width - 1) + "…";
        }
        return text + " ".repeat(width - text.length());
    }
}
