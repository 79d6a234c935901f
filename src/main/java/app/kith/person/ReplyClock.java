package app.kith.person;

/**
 * What Today needs to tell whether a tracked person waits for your reply, days since the epoch:
 * the last touch they started, the last one you started or shared (null: never), and the snooze
 * and skip marks.
 */
public record ReplyClock(long personId, int rhythmDays, int lastInDay, Integer lastOutDay, Integer snoozedOn,
                         Integer snoozedUntil, Integer skippedOn) {
}
