package app.kith.person;

/**
 * Someone whose birthday falls on a day, as Today needs them, dates as days since the epoch: their
 * birthday as stored ({@code YYYY-MM-DD}, or {@code --MM-DD} without the year), their rhythm (null:
 * not tracked), their last touch, and the snooze and skip marks.
 */
public record BirthdayClock(long personId, String name, String birthday, Integer rhythmDays, Integer lastTouchDay,
                            Integer snoozedOn, Integer snoozedUntil, Integer skippedOn) {
}
