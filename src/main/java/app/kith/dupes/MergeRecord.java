package app.kith.dupes;

import java.time.Instant;

/**
 * A merge that can still be undone: who was kept, who was merged into them (and deleted), when, and
 * how many touchpoints, asks, introductions, reminders and key dates moved over.
 */
public record MergeRecord(long id, long keptId, String keptName, long mergedId, String mergedName, Instant mergedAt,
                          int touchpoints, int asks, int introductions, int reminders, int keyDates) {
}
