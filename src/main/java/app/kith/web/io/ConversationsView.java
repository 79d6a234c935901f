package app.kith.web.io;

import app.kith.io.LinkedInMessages;
import java.util.Locale;
import java.util.Map;

/**
 * The conversation history import page: the form (with the file kept when only "who you are" is
 * missing), what the import would log, or what it logged.
 */
public record ConversationsView(String token, String fileName, String me, LinkedInMessages.Result result,
                                Map<String, String> errors) {

    static ConversationsView form(String token, String fileName, String me, Map<String, String> errors) {
        return new ConversationsView(token, fileName, me, null, errors);
    }

    static ConversationsView of(String token, String fileName, String me, LinkedInMessages.Result result) {
        return new ConversationsView(token, fileName, me, result, Map.of());
    }

    public boolean isForm() {
        return result == null;
    }

    public boolean isPreview() {
        return result != null && !result.applied();
    }

    /** "1,204 messages: 610 you wrote, 594 written to you." */
    public String messages() {
        return count(result.messages(), "message") + ": " + String.format(Locale.ROOT, "%,d", result.out())
                + " you wrote, " + String.format(Locale.ROOT, "%,d", result.in()) + " written to you.";
    }

    /** "It would log 432 touchpoints with 180 people." or "Logged 432 touchpoints with 180 people." */
    public String touchpoints() {
        if (result.touchpoints() == 0) {
            return result.alreadyImported() > 0 ? "Nothing new: every conversation here is imported already."
                    : "None of these conversations is with someone in Kith yet.";
        }
        return (result.applied() ? "Logged " : "It would log ") + count(result.touchpoints(), "touchpoint") + " with "
                + count(result.people(), result.people() == 1 ? "person" : "people", "people") + ".";
    }

    public String unknown() {
        return result.unknownConversations() == 0 ? null : count(result.unknownConversations(), "conversation")
                + (result.unknownConversations() == 1 ? " is" : " are") + " with people not in Kith. Add them first"
                + " (import Connections.csv), then import this file again: nothing is logged twice.";
    }

    public String already() {
        return result.alreadyImported() == 0 || result.touchpoints() == 0 ? null
                : String.format(Locale.ROOT, "%,d", result.alreadyImported()) + " imported before, left as they are.";
    }

    private static String count(int n, String one) {
        return count(n, one, one + "s");
    }

    private static String count(int n, String one, String many) {
        return String.format(Locale.ROOT, "%,d", n) + " " + (n == 1 ? one : many);
    }
}
