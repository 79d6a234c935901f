package app.kith.reminder;

import app.kith.db.Rows;
import app.kith.planner.Action;
import app.kith.touchpoint.DayState;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What Today needs of the person a reminder or a key date is about, dates as days since the epoch:
 * their name, rhythm (null: not tracked), last touch, and the snooze and skip marks.
 */
record PersonMarks(long personId, String name, Integer rhythmDays, Integer lastTouchDay, Integer snoozedOn,
                   Integer snoozedUntil, Integer skippedOn) {

    /** The columns {@link #of} reads, of the person joined as {@code p}. */
    static final String COLUMNS = """
            p.id AS person_id, p.name, p.rhythm_days, p.last_touch_day, p.snoozed_on, p.snoozed_until, p.skipped_on""";

    static PersonMarks of(ResultSet rs) throws SQLException {
        return new PersonMarks(rs.getLong("person_id"), rs.getString("name"), Rows.intOrNull(rs, "rhythm_days"),
                Rows.intOrNull(rs, "last_touch_day"), Rows.intOrNull(rs, "snoozed_on"),
                Rows.intOrNull(rs, "snoozed_until"), Rows.intOrNull(rs, "skipped_on"));
    }

    /** Snoozed before the day and not back yet: off Today for now. */
    boolean asleepOn(int day) {
        return snoozedOn != null && snoozedUntil != null && snoozedOn < day && snoozedUntil > day;
    }

    /** Touched on or after the day: only the touchpoints can tell how the day began. */
    boolean touchedSince(int day) {
        return lastTouchDay != null && lastTouchDay >= day;
    }

    /** What was done about them on the day, as for a birthday: a touchpoint, a snooze or a skip (null: nothing). */
    Action action(int day, DayState state) {
        return state != null && state.touchedOn() ? Action.LOGGED
                : snoozedOn != null && snoozedOn == day && snoozedUntil != null && snoozedUntil > day ? Action.SNOOZED
                : skippedOn != null && skippedOn == day ? Action.SKIPPED
                : null;
    }
}
