package app.kith.touchpoint;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.NonNull;

/** A contact with a person: when, how, who reached out, and a note. */
public record Touchpoint(long id, long personId, @NonNull LocalDate on, @NonNull Channel channel,
                         @NonNull Direction direction, String note, @NonNull Instant createdAt) {
}
