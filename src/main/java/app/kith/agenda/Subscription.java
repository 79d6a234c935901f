package app.kith.agenda;

import java.time.Instant;

/**
 * A calendar subscribed to, as shown: its kind ({@code ical}, {@code caldav}), the host it is read
 * from (the full address may hold a secret and is never shown again), the CalDAV user, when it was
 * last fetched (null: not yet), the touchpoints the last fetch added and all it has added, and the
 * last fetch's error (null when it went well).
 */
public record Subscription(long id, String kind, String host, String user, Instant addedAt, Instant fetchedAt,
                           int lastAdded, int addedTotal, String lastError) {
}
