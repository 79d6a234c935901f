package app.kith.message;

/**
 * A message starter: built into Kith, or the user's own ({@code id} set). {@code key} names
 * either kind in one string, for a page's select.
 */
public record Template(String key, Long id, MessageKind kind, String name, String body, boolean builtIn) {
}
