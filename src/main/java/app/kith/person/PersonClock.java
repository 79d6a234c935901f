package app.kith.person;

/**
 * What the planner needs of a tracked person, dates as days since the epoch: the rhythm in force,
 * the last touch (null: never), when the clock started, when they were added, and the snooze and
 * skip marks.
 */
public record PersonClock(long personId, int rhythmDays, Integer lastTouchDay, int startedDay, Why why, int createdDay,
                          Integer snoozedOn, Integer snoozedUntil, Integer skippedOn) {

    /** When they fall due: the last touch, else the day the clock started, plus the rhythm. */
    public int dueDay() {
        return (lastTouchDay != null ? lastTouchDay : startedDay) + rhythmDays;
    }
}
