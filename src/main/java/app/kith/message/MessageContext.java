package app.kith.message;

import java.util.List;

/**
 * What a message is filled from; any of it may be unknown (null), and the template's optional
 * parts and the placeholders' fallbacks take over. {@code to} are the addresses of the
 * {@code mailto:} link (empty: the user picks them in their mail app). {@code daysSince} is
 * written in words ("5 weeks"). {@code me} is the user's own name (Settings), which signs the message.
 * {@code newJob} is the job a congratulation is about ("Staff Engineer at Stripe").
 */
public record MessageContext(List<String> to, String name, String howWeMet, String lastTopic, Integer daysSince,
                             String ask, String otherName, String reason, String newJob, String me) {

    public MessageContext {
        to = to == null ? List.of() : List.copyOf(to);
    }

    /** A message to one person, known by name only so far. */
    public static MessageContext to(String name, List<String> emails) {
        return new MessageContext(emails, name, null, null, null, null, null, null, null, null);
    }

    /** How you met, what you last talked about, and how many days ago. */
    public MessageContext withHistory(String howWeMet, String lastTopic, Integer daysSince) {
        return new MessageContext(to, name, howWeMet, lastTopic, daysSince, ask, otherName, reason, newJob, me);
    }

    public MessageContext withAsk(String text) {
        return new MessageContext(to, name, howWeMet, lastTopic, daysSince, text, otherName, reason, newJob, me);
    }

    /** The other side of an introduction and its reason. */
    public MessageContext withIntroduction(String otherName, String reason) {
        return new MessageContext(to, name, howWeMet, lastTopic, daysSince, ask, otherName, reason, newJob, me);
    }

    /** The same message to more addresses (the double introduction goes to both). */
    public MessageContext alsoTo(List<String> emails) {
        return new MessageContext(java.util.stream.Stream.concat(to.stream(), emails.stream()).toList(), name,
                howWeMet, lastTopic, daysSince, ask, otherName, reason, newJob, me);
    }

    /** A congratulation's new job ({@code job}: "Staff Engineer at Stripe", or null when not known). */
    public MessageContext withNewJob(String job) {
        return new MessageContext(to, name, howWeMet, lastTopic, daysSince, ask, otherName, reason, job, me);
    }

    /** Signed by the user ({@code yourName}: their name from Settings, or null when not said). */
    public MessageContext signedBy(String yourName) {
        return new MessageContext(to, name, howWeMet, lastTopic, daysSince, ask, otherName, reason, newJob, yourName);
    }
}
