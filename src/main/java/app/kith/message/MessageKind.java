package app.kith.message;

import app.kith.Fields;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a message starter is for; each kind has its own subject line. */
public enum MessageKind {
    CHECK_IN("check-in", "Check-in", "Catching up"),
    ASK("ask", "Ask", "A quick ask"),
    FOLLOW_UP("follow-up", "Follow-up of an ask", "Following up"),
    INTRO_OPT_IN("intro-opt-in", "Introduction: asking one side", "Would you like to meet {other first name}?"),
    INTRO("intro", "Introduction email",
            "[Introducing {first name} and {other first name}|An introduction]"),
    INTRO_CHECK("intro-check", "Introduction: how it went", "Did you two meet?"),
    REPLY("reply", "Reply to someone who reached out", "Thanks for your message"),
    BIRTHDAY("birthday", "Birthday", "Happy birthday[, {first name}]!"),
    CONGRATULATION("congratulation", "Congratulation on a new job", "Congratulations[, {first name}]!");

    private final String key;
    private final String label;
    private final String subject;

    MessageKind(String key, String label, String subject) {
        this.key = key;
        this.label = label;
        this.subject = subject;
    }

    @JsonValue
    public String key() {
        return key;
    }

    /** In words, for a page: "Introduction email". */
    public String label() {
        return label;
    }

    /** Whether a message of this kind goes to both sides of an introduction, rather than to one person. */
    public boolean toBoth() {
        return this == INTRO || this == INTRO_CHECK;
    }

    /** The subject line, a template like the body. */
    String subject() {
        return subject;
    }

    public static MessageKind parse(String field, String value) {
        return Fields.oneOf(field, value, values(), MessageKind::key);
    }
}
