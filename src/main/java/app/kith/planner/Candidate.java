package app.kith.planner;

/**
 * A tracked person as the planner sees them at the start of a day (dates as days since the
 * epoch): the clock before that day's touches, whether a snooze hid them that morning, and what
 * the user did about them during the day (null: nothing yet).
 */
record Candidate(long personId, int clockDay, int rhythmDays, double weight, int createdDay, boolean hidden,
                 Action action, boolean touchedBefore) {

    int dueDay() {
        return clockDay + rhythmDays;
    }

    boolean dueOn(int day) {
        return day >= dueDay();
    }

    /** Days since the last touch over the rhythm, weighted by why the person matters. */
    double priority(int day) {
        return (double) (day - clockDay) / rhythmDays * weight;
    }
}
