package app.kith.web.today;

import app.kith.Counts;
import app.kith.planner.Action;
import app.kith.planner.TodayItem;
import java.util.List;

/**
 * How far a day's list has got. An item handled was done, or put off: skipped (back tomorrow) or
 * snoozed; putting off is not doing, so the counts say which.
 */
public record TodayProgress(int total, int done, int skipped, int snoozed) {

    static TodayProgress of(List<TodayItem> items) {
        int done = 0;
        int skipped = 0;
        int snoozed = 0;
        for (TodayItem item : items) {
            Action action = TodayItem.personAction(item);
            if (action == Action.SKIPPED) {
                skipped++;
            } else if (action == Action.SNOOZED) {
                snoozed++;
            } else if (item.done()) {
                done++;
            }
        }
        return new TodayProgress(items.size(), done, skipped, snoozed);
    }

    public int handled() {
        return done + skipped + snoozed;
    }

    public boolean finished() {
        return total > 0 && handled() == total;
    }

    /** "2 of 5 done", or once something was put off "3 of 5 handled · 2 done, 1 skipped". */
    public String inWords() {
        if (total == 0) {
            return "";
        }
        if (handled() == done) {
            return done + " of " + total + " done";
        }
        return handled() + " of " + total + " handled · " + split();
    }

    /** Said when the list is finished: "All done for today.", "All handled for today: 4 done, 1 skipped." */
    public String finishedInWords() {
        return handled() == done ? "All done for today." : "All handled for today: " + split() + ".";
    }

    /** What the next day's plan holds: "Tomorrow: 4 people, 1 birthday, 1 reminder and 1 ask." */
    static String tomorrow(List<TodayItem> items) {
        long birthdays = items.stream().filter(i -> i instanceof TodayItem.Birthday).count();
        long asks = items.stream().filter(i -> i instanceof TodayItem.AskFollowUp).count();
        long intros = items.stream().filter(i -> i instanceof TodayItem.IntroFollowUp).count();
        long reminders = items.stream().filter(i -> i instanceof TodayItem.Reminder).count();
        long dates = items.stream().filter(i -> i instanceof TodayItem.KeyDate).count();
        String holds = Counts.of().add(items.size() - birthdays - asks - intros - reminders - dates, "person", "people")
                .add(birthdays, "birthday", "birthdays").add(reminders, "reminder", "reminders")
                .add(dates, "key date", "key dates").add(asks, "ask", "asks")
                .add(intros, "introduction", "introductions").toString();
        int last = holds.lastIndexOf(", ");
        return holds.isEmpty() ? "Nothing is planned for tomorrow yet."
                : "Tomorrow: " + (last < 0 ? holds : holds.substring(0, last) + " and " + holds.substring(last + 2)) + ".";
    }

    private String split() {
        return Counts.of().add(done, "done").add(skipped, "skipped").add(snoozed, "snoozed").toString();
    }
}
