package app.kith.message;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a template may say in braces, what it stands for, and the words used when Kith does not
 * know it. A part in square brackets that holds a placeholder is optional: it is left out when a
 * placeholder in it has no value, or replaced by what follows a {@code |} in it.
 */
public enum Placeholder {
    FIRST_NAME("first name", "their first name", "there"),
    NAME("name", "their full name", "you"),
    HOW_WE_MET("how we met", "how you met, as written on their page", "a while back"),
    LAST_TOPIC("last topic", "the note of your last touchpoint", "what you were working on"),
    DAYS_SINCE("days since", "how long since you were last in touch, in words (\"5 weeks\")", "a while"),
    ASK("ask", "what you asked of them", "my earlier note"),
    OTHER_FIRST_NAME("other first name", "in an introduction, the other person's first name", "someone I know"),
    OTHER_NAME("other name", "in an introduction, the other person's full name", "someone I know"),
    REASON("reason", "why you are introducing them", "I think you two would get on"),
    NEW_JOB("new job", "in a congratulation, their new job as an import learnt it (\"Staff Engineer at Stripe\")",
            "the new role"),
    YOUR_NAME("your name", "your own name, as set in Settings; a starter that does not say it is signed with it at the"
            + " end", "");

    private final String name;
    private final String meaning;
    private final String fallback;

    Placeholder(String name, String meaning, String fallback) {
        this.name = name;
        this.meaning = meaning;
        this.fallback = fallback;
    }

    /** As written in a template: {@code {first name}}. */
    public String token() {
        return "{" + name + "}";
    }

    public String meaning() {
        return meaning;
    }

    String fallback() {
        return fallback;
    }

    /** A name as written between braces, in any case and spacing: "First  Name" is {first name}. */
    static Optional<Placeholder> named(String written) {
        String normal = written.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.name.equals(normal)).findFirst();
    }
}
