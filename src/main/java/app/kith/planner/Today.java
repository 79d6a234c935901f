package app.kith.planner;

import java.time.LocalDate;
import java.util.List;

/**
 * The plan for a day: at most {@code capacity} items, the next ones on demand ({@code more}),
 * how many due people wait beyond the list (the backlog) and the day they will all have been
 * on a list at this capacity, and who falls due next.
 */
public record Today(LocalDate date, int capacity, List<TodayItem> items, List<TodayItem> more, int due, int done,
                    int backlog, LocalDate backlogClearsOn, RhythmBudget rhythmBudget, List<Upcoming> upcoming) {

    /** Who falls due next after the day, for a light or empty list ("Ada on Saturday"). */
    public record Upcoming(TodayItem.PersonRef person, LocalDate dueOn) {
    }
}
