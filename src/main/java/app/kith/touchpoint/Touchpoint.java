package app.kith.touchpoint;

import java.time.Instant;
import java.time.LocalDate;

/** A contact with a person: when, how, who reached out, and a note. */
public record Touchpoint(long id, long personId, LocalDate on, Channel channel, Direction direction, String note,
                         Instant createdAt) {
}
