package app.kith.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The words of an introduction's steps, to break the blank page: the opt-in ask to one side, the
 * double introduction to both, and the "did you two meet?" note. Filled from both people; the
 * user edits them before sending, and Kith never sends them.
 */
final class IntroMessages {

    /** Someone a message is about or to: their name, and the email to write to (null when unknown). */
    record Party(String name, String email) {
    }

    private IntroMessages() {
    }

    /** To one side: would they like to meet the other? */
    static IntroMessage optIn(String slot, Party side, Party other, String reason) {
        String first = MessageStarter.firstName(side.name());
        String otherFirst = MessageStarter.firstName(other.name());
        String text = "Hi " + first + ",\n\nWould you like to meet " + other.name() + "?" + sentence(reason)
                + " I think you two would get on, and I would be happy to introduce you by email.\n\n"
                + "No pressure either way: just let me know.\n\nBest,";
        String subject = "Would you like to meet " + otherFirst + "?";
        return new IntroMessage(slot, "To ask " + first + " whether they'd like to meet " + otherFirst
                + " (edit it, then copy or email)", subject, text, mailto(List.of(side), subject, text));
    }

    /** To both: the introduction itself. */
    static IntroMessage introduction(String slot, Party a, Party b, String reason) {
        String firstA = MessageStarter.firstName(a.name());
        String firstB = MessageStarter.firstName(b.name());
        String text = "Hi " + firstA + " and " + firstB + ",\n\nAs promised, I am delighted to introduce you to each other."
                + sentence(reason) + "\n\n" + firstA + ", meet " + b.name() + ". " + firstB + ", meet " + a.name() + ".\n\n"
                + "I will let you two take it from here.\n\nBest,";
        String subject = "Introducing " + firstA + " and " + firstB;
        return new IntroMessage(slot, "The introduction, to both of them (edit it, then copy or email)", subject, text,
                mailto(List.of(a, b), subject, text));
    }

    /** To both, once they have had time to meet. */
    static IntroMessage didYouMeet(String slot, Party a, Party b) {
        String firstA = MessageStarter.firstName(a.name());
        String firstB = MessageStarter.firstName(b.name());
        String text = "Hi " + firstA + " and " + firstB + ",\n\nI hope you two got the chance to meet! How did it go? "
                + "I would love to hear, and if there is anything else I can help with, just say.\n\nBest,";
        String subject = "Did you two meet?";
        return new IntroMessage(slot, "To ask them how it went (edit it, then copy or email)", subject, text,
                mailto(List.of(a, b), subject, text));
    }

    /** The reason as a sentence of its own, or nothing. */
    private static String sentence(String reason) {
        String r = reason == null ? "" : reason.strip().replaceAll("\\s+", " ");
        if (r.isEmpty()) {
            return "";
        }
        return " " + r.substring(0, 1).toUpperCase(Locale.ROOT) + r.substring(1) + (r.matches(".*[.!?]$") ? "" : ".");
    }

    /** To each one's email where known; the mail app asks for the rest. */
    static String mailto(List<Party> to, String subject, String text) {
        String addresses = to.stream().map(Party::email).filter(Objects::nonNull)
                .map(e -> encode(e).replace("%40", "@")).collect(Collectors.joining(","));
        return "mailto:" + addresses + "?subject=" + encode(subject) + "&body=" + encode(text);
    }

    // mailto: bodies take percent-encoding, not the + of form encoding.
    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
