package app.kith.message;

import org.jspecify.annotations.NonNull;

/**
 * A message starter: built into Kith, or the user's own ({@code id} set). {@code key} names
 * either kind in one string, for a page's select.
 */
public record Template(@NonNull String key, Long id, @NonNull MessageKind kind, @NonNull String name,
                       @NonNull String body, boolean builtIn) {
}
