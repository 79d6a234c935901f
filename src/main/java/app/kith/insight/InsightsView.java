package app.kith.insight;

import app.kith.ask.AskStats;
import app.kith.intro.IntroCounts;
import app.kith.message.Message;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.NonNull;

/**
 * How the network is doing on a day, figure by figure; each record says how its figure is counted.
 * {@code goal} is the text weak ties were looked for with (null: none asked, and {@code weakTies} is empty).
 */
public record InsightsView(@NonNull LocalDate today, @NonNull InRhythmShare inRhythm, @NonNull Backlog backlog,
                           @NonNull List<Week> weeks, @NonNull Streak streak, @NonNull AskStats asks,
                           @NonNull IntroCounts introductions, @NonNull List<DormantTie> dormantTies, String goal,
                           @NonNull List<WeakTie> weakTies) {

    /**
     * The share of tracked people in rhythm on a day: a person is tracked on day D when they have a
     * rhythm and were added, or first touched, on or before D, and in rhythm when their clock (the last touchpoint on
     * or before D, in any direction, else the day their clock started) plus their rhythm is D or
     * later, the same "not overdue" the planner and the circles use. {@code share} is
     * {@code inRhythm / tracked}, null when nobody is tracked. {@code circles} are the same figure for
     * each circle's members, by name; {@code trend} is the share at the end of each of the last 12
     * months, oldest first, the current month's point being today; it is computed from the
     * touchpoint history with today's rhythms and memberships.
     */
    public record InRhythmShare(int tracked, int inRhythm, Double share, @NonNull List<CircleShare> circles,
                           @NonNull List<MonthShare> trend) {
    }

    public record CircleShare(long id, @NonNull String name, int tracked, int inRhythm, Double share,
                              @NonNull List<MonthShare> trend) {
    }

    /** The figure at the end of a month ({@code on}: its last day, or today for the current month). */
    public record MonthShare(@NonNull LocalDate on, int tracked, int inRhythm, Double share) {
    }

    /**
     * What the planner reports for today: {@code backlog} items due beyond today's list, cleared on
     * {@code clearsOn} at this capacity (null: no backlog), and the rhythm budget: the contacts a day
     * the rhythms need ({@code contactsPerDay}: the sum of 1/rhythm over tracked people) against the
     * daily capacity.
     */
    public record Backlog(int backlog, LocalDate clearsOn, double contactsPerDay, int capacity, boolean kept,
                          @NonNull String message) {
    }

    /**
     * Touchpoints in an ISO week (Monday to Sunday; {@code start} is its Monday), by direction:
     * {@code out} you started, {@code in} they started, {@code mutual} shared, each counted once in
     * its own column.
     */
    public record Week(@NonNull LocalDate start, int out, int in, int mutual) {
    }

    /**
     * Consecutive days with at least one reach-out (a touchpoint {@code out} or {@code mutual}),
     * ending today, or yesterday when there is none today yet ({@code today} says which).
     * {@code days} is 0 when there was none yesterday either; {@code since} is its first day.
     */
    public record Streak(int days, LocalDate since, boolean today) {
    }

    /**
     * Someone once close and silent for over a year: three or more touchpoints, none in the last
     * 365 days; with a check-in starter filled from the last touchpoint's note.
     */
    public record DormantTie(@NonNull PersonRef person, int touchpoints, @NonNull LocalDate lastOn, String lastNote,
                             @NonNull Message starter) {
    }

    /**
     * Someone with few but real touchpoints (1 to 3) whose profile fits the goal: {@code matched}
     * are the goal's words found, {@code fields} where they were found.
     */
    public record WeakTie(@NonNull PersonRef person, int touchpoints, @NonNull LocalDate lastOn,
                          @NonNull List<String> matched, @NonNull List<String> fields) {
    }

    public record PersonRef(long id, @NonNull String name) {
    }
}
