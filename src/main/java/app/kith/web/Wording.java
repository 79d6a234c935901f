package app.kith.web;

import app.kith.touchpoint.Channel;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Rhythms and dates in the plain words the pages use ("monthly", "3 Oct", "12 days overdue"). */
public final class Wording {

    private static final DateTimeFormatter THIS_YEAR = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter OTHER_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Wording() {
    }


    /** A date, with its year only when it is not the year of {@code today}. */
    static String day(LocalDate date, LocalDate today) {
        return (date.getYear() == today.getYear() ? THIS_YEAR : OTHER_YEAR).format(date);
    }

    /** A contact of a channel, as in "Logged coffee with Ada": "coffee", "a call", "an email"… */
    static String contact(Channel channel) {
        return switch (channel) {
            case COFFEE -> "coffee";
            case CALL -> "a call";
            case VIDEO -> "a video call";
            case EMAIL -> "an email";
            case MESSAGE -> "a message";
            case EVENT -> "an event";
            case SOCIAL -> "a social media contact";
            case OTHER -> "a touchpoint";
        };
    }

    public static String days(long n) {
        return n == 1 ? "1 day" : n + " days";
    }

    /**
     * A refusal as a form shows it next to its field: messages that begin with the field's
     * name in the code ("rhythmDays must be…") begin with its label instead ("The rhythm must be…").
     */
    public static String refusal(String message, String field, String label) {
        return message.startsWith(field + " ") ? label + message.substring(field.length()) : message;
    }
}
