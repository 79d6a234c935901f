package app.kith.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A short check-in message to break the blank page: the person's first name and, when Kith
 * knows it, what you last talked about. The user edits it before sending; it is never sent.
 */
final class MessageStarter {

    static final String SUBJECT = "Catching up";
    private static final int MAX_TOPIC = 80;

    private MessageStarter() {
    }

    static String text(String name, String lastNote) {
        String first = firstName(name);
        if (lastNote == null || lastNote.isBlank()) {
            return "Hi " + first + ",\n\nYou came to mind and I realised it has been a while. How are things with you? "
                    + "I would love to hear what you are working on these days.\n\nBest,";
        }
        return "Hi " + first + ",\n\nI was thinking about our last conversation (" + topic(lastNote) + ") and wondered "
                + "how it has been going since. Any news? I would love to catch up.\n\nBest,";
    }

    /** A nudge about an ask nobody answered. */
    static String followUp(String name, String ask) {
        return "Hi " + firstName(name) + ",\n\nJust following up on my note about " + topic(ask) + ". No rush — "
                + "even a quick \"not now\" helps me plan. Thank you!\n\nBest,";
    }

    static String mailto(String email, String text) {
        return mailto(email, SUBJECT, text);
    }

    static String mailto(String email, String subject, String text) {
        return "mailto:" + (email == null ? "" : encode(email).replace("%40", "@")) + "?subject=" + encode(subject)
                + "&body=" + encode(text);
    }

    static String firstName(String name) {
        String trimmed = name.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }

    private static String topic(String note) {
        String line = note.strip().replaceAll("\\s+", " ");
        return line.length() <= MAX_TOPIC ? line : line.substring(0, MAX_TOPIC - 1).strip() + "…";
    }

    // mailto: bodies take percent-encoding, not the + of form encoding.
    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
