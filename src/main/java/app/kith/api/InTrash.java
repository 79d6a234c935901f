package app.kith.api;

import app.kith.trash.Trashed;
import java.time.Instant;
import org.jspecify.annotations.NonNull;

/**
 * Something in the trash as the API shows it: what a DELETE answers, and what the trash lists.
 * {@code restore} is where to POST to bring it back, until {@code purgedAt}.
 */
record InTrash(@NonNull String kind, long id, @NonNull String label, String personName, @NonNull Instant deletedAt,
               @NonNull Instant purgedAt, @NonNull String restore) {

    static InTrash of(Trashed t) {
        return new InTrash(t.kind(), t.id(), t.label(), t.personName(), t.deletedAt(), t.purgedAt(),
                "/api/v1/trash/" + t.kind() + "/" + t.id() + "/restore");
    }
}
