package app.kith.reminder;

import app.kith.account.Account;
import app.kith.planner.Action;
import app.kith.planner.DatedItems;
import app.kith.planner.TodayItem;
import app.kith.touchpoint.DayState;
import app.kith.touchpoint.Touchpoints;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reminders on Today. A reminder comes on its day and, not dealt with, stays on the days after
 * (like a follow-up that waits: a reminder nobody acted on has not done its job), until a
 * touchpoint with the person on or after its day. A skip checks it off for the day only; a snooze
 * hides it until the snooze ends, when it is back. One item per person: the earliest reminder,
 * saying how many more wait; a touchpoint deals with them all.
 */
final class ReminderItems implements DatedItems {

    private final ReminderRepository reminders;
    private final Touchpoints touchpoints;

    ReminderItems(ReminderRepository reminders, Touchpoints touchpoints) {
        this.reminders = reminders;
        this.touchpoints = touchpoints;
    }

    @Override
    public List<TodayItem> on(Account account, LocalDate date) {
        int day = (int) date.toEpochDay();
        List<ReminderRepository.Due> due = reminders.dueBy(account.id(), day).stream()
                .filter(d -> !d.person().asleepOn(day)).toList();
        Map<Long, DayState> states = new HashMap<>();
        touchpoints.dayStates(account.id(), due.stream().filter(d -> d.person().touchedSince(day))
                .map(d -> d.person().personId()).distinct().toList(), date).forEach(s -> states.put(s.personId(), s));
        Map<Long, List<ReminderRepository.Due>> open = new LinkedHashMap<>();
        for (ReminderRepository.Due d : due) {
            DayState state = states.get(d.person().personId());
            LocalDate before = state == null ? null : state.lastBefore();
            if (state == null || before == null || before.isBefore(d.reminder().on())) {
                open.computeIfAbsent(d.person().personId(), id -> new ArrayList<>()).add(d);
            }
        }
        return open.values().stream().map(list -> item(list, states.get(list.get(0).person().personId()), date))
                .toList();
    }

    private static TodayItem item(List<ReminderRepository.Due> open, DayState state, LocalDate date) {
        int day = (int) date.toEpochDay();
        Reminder first = open.get(0).reminder();
        PersonMarks p = open.get(0).person();
        Action action = p.action(day, state);
        LocalDate lastTouch = state != null ? state.lastBefore()
                : p.lastTouchDay() == null ? null : LocalDate.ofEpochDay(p.lastTouchDay());
        int overdue = (int) (day - first.on().toEpochDay());
        return new TodayItem.Reminder(new TodayItem.PersonRef(p.personId(), p.name()), reason(first, open.size(), date),
                first.on(), action, p.rhythmDays(), lastTouch, overdue,
                new TodayItem.ReminderRef(first.id(), first.text(), first.on()));
    }

    /** "Reminder: send Ada the article", "Reminder from 2 March: …", "… (and 1 more reminder)". */
    static String reason(Reminder first, int count, LocalDate date) {
        String from = first.on().equals(date) ? "" : " from " + first.on().getDayOfMonth() + " "
                + first.on().getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                + (first.on().getYear() == date.getYear() ? "" : " " + first.on().getYear());
        String more = count == 1 ? "" : count == 2 ? " (and 1 more reminder)" : " (and " + (count - 1) + " more reminders)";
        return "Reminder" + from + ": " + first.text() + more;
    }
}
