package app.kith.audit;

import java.time.Instant;

/**
 * One thing done to or with an account. {@code kind} is an {@link AuditKind} key (an event of a
 * kind this Kith does not know, written by a newer one, keeps its key); {@code ip} and
 * {@code agent} say where it came from, when it came over the network.
 */
public record AuditEvent(long id, Instant at, String kind, String detail, String ip, String agent) {
}
