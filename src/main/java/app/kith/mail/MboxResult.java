package app.kith.mail;

/** What an mbox import did, or would do: messages read, new ones, touchpoints logged, people they went to. */
public record MboxResult(boolean applied, int read, int fresh, int touchpoints, int people) {
}
