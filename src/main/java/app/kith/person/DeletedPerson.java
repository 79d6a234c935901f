package app.kith.person;

import java.time.Instant;

/** Someone deleted who can still be restored: enough to offer the undo. */
public record DeletedPerson(long id, String name, Instant deletedAt) {
}
