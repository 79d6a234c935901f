package app.kith.web.asks;

/** An ask as a person's page lists it: what, when, and what became of it in words. */
public record AskRow(long id, String text, String askedOn, String status, boolean open, boolean needsFollowUp) {
}
