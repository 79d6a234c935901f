package app.kith.web.today;

import app.kith.planner.RhythmBudget;
import app.kith.planner.Today;
import java.util.List;

/**
 * The Today page: the plan for a day in words, its items, and what to say when it is empty.
 * A day after today is a {@code preview}: the plan as it stands, nothing to act on yet.
 * {@code finished} says so once every item is handled, and what tomorrow holds; {@code moreHref}
 * and {@code moreHx} fetch the next ones after those shown (null: nobody else).
 */
public record TodayView(String date, String heading, boolean isToday, boolean preview, List<TodayRow> items,
                        List<TodayRow> more, TodayProgress counts, int backlog, String backlogLine, String finished,
                        RhythmBudget budget, List<Today.Upcoming> upcoming, boolean welcome, boolean nobodyYet,
                        List<String> channels, String moreHref, String moreHx) {

    public String progress() {
        return preview ? "" : counts.inWords();
    }
}
