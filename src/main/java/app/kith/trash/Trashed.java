package app.kith.trash;

import java.time.Instant;
import org.jspecify.annotations.NonNull;

/**
 * Something in the trash: its kind (person, circle, ask, introduction, touchpoint, template), its
 * id, what it was in words, whom it was about (or null), when it was deleted and when it goes for
 * good.
 */
public record Trashed(@NonNull String kind, long id, @NonNull String label, String personName,
                      @NonNull Instant deletedAt, @NonNull Instant purgedAt) {
}
