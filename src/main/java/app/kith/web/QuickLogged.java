package app.kith.web;

/**
 * A quick log's outcome as the page says it: "Logged coffee with [Ada Lovelace] on Tue 1 Dec
 * 2026." ({@code did}, the person linked, {@code when}), with the touchpoint to undo (null once
 * undone), and where the form was opened from.
 */
public record QuickLogged(String did, long personId, String name, String when, Long undoId, String returnTo) implements java.io.Serializable {
}
