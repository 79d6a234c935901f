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
import java.util.Locale;
import java.util.Map;

/**
 * The key dates on Today: like a birthday, on their day only (a yearly one each year, a 29 February
 * on 28 February in the years without one), checked off by a touchpoint, a skip or a snooze on the
 * day, and hidden by a snooze from before it. One item per person: their first key date of the day.
 */
final class KeyDateItems implements DatedItems {

    private final KeyDateRepository dates;
    private final Touchpoints touchpoints;

    KeyDateItems(KeyDateRepository dates, Touchpoints touchpoints) {
        this.dates = dates;
        this.touchpoints = touchpoints;
    }

    /** How a date is found again each year: its month and day, {@code MM-DD}. */
    static String monthDay(LocalDate on) {
        return String.format(Locale.ROOT, "%02d-%02d", on.getMonthValue(), on.getDayOfMonth());
    }

    @Override
    public List<TodayItem> on(Account account, LocalDate date) {
        int day = (int) date.toEpochDay();
        List<String> monthDays = new ArrayList<>(List.of(monthDay(date)));
        if (date.getMonthValue() == 2 && date.getDayOfMonth() == 28 && !date.isLeapYear()) {
            monthDays.add("02-29");
        }
        Map<Long, KeyDateRepository.OnDay> first = new LinkedHashMap<>();
        dates.on(account.id(), day, monthDays).stream().filter(d -> !d.person().asleepOn(day))
                .forEach(d -> first.putIfAbsent(d.person().personId(), d));
        Map<Long, DayState> states = new HashMap<>();
        touchpoints.dayStates(account.id(), first.values().stream().filter(d -> d.person().touchedSince(day))
                .map(d -> d.person().personId()).toList(), date).forEach(s -> states.put(s.personId(), s));
        return first.values().stream().map(d -> item(d, states.get(d.person().personId()), date)).toList();
    }

    private static TodayItem item(KeyDateRepository.OnDay d, DayState state, LocalDate date) {
        int day = (int) date.toEpochDay();
        PersonMarks p = d.person();
        KeyDate k = d.date();
        Action action = p.action(day, state);
        LocalDate lastTouch = state != null ? state.lastBefore()
                : p.lastTouchDay() == null ? null : LocalDate.ofEpochDay(p.lastTouchDay());
        Integer years = k.yearly() ? date.getYear() - k.on().getYear() : null;
        return new TodayItem.KeyDate(new TodayItem.PersonRef(p.personId(), p.name()), reason(k.label(), years), date,
                years, action, p.rhythmDays(), lastTouch, new TodayItem.KeyDateRef(k.id(), k.label(), k.on(), k.yearly()));
    }

    /** "5 years since work anniversary", "1 year since moved to Berlin"; "Today: Mia's birthday" on a date once or its first day. */
    static String reason(String label, Integer years) {
        return years == null || years == 0 ? "Today: " + label
                : (years == 1 ? "1 year" : years + " years") + " since " + label;
    }
}
