package app.kith.web.today;

import app.kith.planner.RhythmBudget;
import app.kith.planner.Today;
import java.util.List;

/** The Today page: the plan for a day in words, its items, and what to say when it is empty. */
public record TodayView(String date, String heading, boolean isToday, List<TodayRow> items, List<TodayRow> more,
                        int moreCount, int done, int backlog, String backlogLine, RhythmBudget budget,
                        List<Today.Upcoming> upcoming, boolean welcome, boolean nobodyYet, List<String> channels) {

    public String progress() {
        return items.isEmpty() ? "" : done + " of " + items.size() + " done";
    }
}
