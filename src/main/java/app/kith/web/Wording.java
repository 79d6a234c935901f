package app.kith.web;

import app.kith.touchpoint.Channel;

/** Rhythms and contacts in the plain words the pages use ("12 days overdue", "a call"); dates are {@link Dates}. */
public final class Wording {

    private Wording() {
    }

    /** A contact of a channel, as in "Logged coffee with Ada": "coffee", "a call", "an email"… */
    static String contact(Channel channel) {
        return switch (channel) {
            case COFFEE -> "coffee";
            case MEETING -> "a meeting";
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
