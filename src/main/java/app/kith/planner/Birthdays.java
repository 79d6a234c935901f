package app.kith.planner;

import app.kith.person.BirthdayClock;
import app.kith.person.Clocks;
import app.kith.touchpoint.DayState;
import app.kith.touchpoint.Touchpoints;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Today's birthdays: everyone whose birthday is on the day, tracked or not (a birthday matters
 * even without a rhythm), except those snoozed before the day. Like the rest of Today, an item is
 * judged from the day as it began: a touchpoint, a skip or a snooze on the day checks it off.
 */
final class Birthdays {

    private final Clocks clocks;
    private final Touchpoints touchpoints;

    Birthdays(Clocks clocks, Touchpoints touchpoints) {
        this.clocks = clocks;
        this.touchpoints = touchpoints;
    }

    List<TodayItem> on(long accountId, LocalDate date) {
        int day = (int) date.toEpochDay();
        List<BirthdayClock> born = clocks.birthdaysOn(accountId, date).stream()
                .filter(b -> !(b.snoozedOn() != null && b.snoozedUntil() != null && b.snoozedOn() < day
                        && b.snoozedUntil() > day))
                .toList();
        List<Long> touchedSince = born.stream().filter(b -> b.lastTouchDay() != null && b.lastTouchDay() >= day)
                .map(BirthdayClock::personId).toList();
        Map<Long, DayState> states = new HashMap<>();
        touchpoints.dayStates(accountId, touchedSince, date).forEach(s -> states.put(s.personId(), s));
        return born.stream().map(b -> item(b, states.get(b.personId()), date)).toList();
    }

    private static TodayItem item(BirthdayClock b, DayState state, LocalDate date) {
        int day = (int) date.toEpochDay();
        LocalDate lastTouch = b.lastTouchDay() == null ? null : LocalDate.ofEpochDay(b.lastTouchDay());
        if (state != null) {
            lastTouch = state.lastBefore();
        }
        Action action = state != null && state.touchedOn() ? Action.LOGGED
                : b.snoozedOn() != null && b.snoozedOn() == day && b.snoozedUntil() != null && b.snoozedUntil() > day
                        ? Action.SNOOZED
                : b.skippedOn() != null && b.skippedOn() == day ? Action.SKIPPED
                : null;
        Integer turns = b.birthday().startsWith("--") ? null : date.getYear() - Integer.parseInt(b.birthday().substring(0, 4));
        String reason = "Birthday today" + (turns == null ? "" : " (turns " + turns + ")");
        return new TodayItem.Birthday(new TodayItem.PersonRef(b.personId(), b.name()), reason, date, turns, action,
                b.rhythmDays(), lastTouch);
    }
}
