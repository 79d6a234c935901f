package app.kith.web.insights;

import app.kith.web.Avatar;
import app.kith.web.StarterView;
import java.util.List;

/**
 * The Insights page, figure by figure, in words and in chart coordinates. {@code nobody}: the
 * account has nobody yet, and the page says what to do first instead of drawing empty charts.
 */
public record InsightsPageView(String today, boolean nobody, Rhythm rhythm, Budget budget, Weeks weeks,
                               Outcomes asks, Outcomes introductions, List<Tie> dormant, Goal goal) {

    /**
     * Who is in rhythm: the share now ({@code share}, "82 %", null when nobody is tracked), its
     * trend as a line with the same figures as text ({@code summary}) and as a table, and per circle.
     */
    public record Rhythm(String share, String counts, Charts.Line trend, String summary, List<Month> months,
                         List<CircleRow> circles) {
    }

    public record Month(String month, String share, int inRhythm, int tracked) {
    }

    /** A circle's share now, a bar out of 100, and its trend as a sparkline. */
    public record CircleRow(long id, String name, String share, String counts, double width, String sparkline) {
    }

    /** The rhythm budget as a meter: what the rhythms need and where the capacity stands, out of 100. */
    public record Budget(String need, int capacity, boolean kept, double needWidth, double capacityAt, String message,
                         String backlog) {
    }

    /** Touchpoints per week, out (with mutual) against in, and the streak. */
    public record Weeks(boolean any, Charts.Bars chart, String summary, List<WeekRow> rows, String streak,
                        String streakNote, boolean streakToday, String out, String in) {
    }

    public record WeekRow(String week, int out, int in, int mutual) {
    }

    /** What became of asks or introductions: the framing sentence and a bar per outcome; {@code empty} when none yet. */
    public record Outcomes(String headline, List<Outcome> rows, String empty) {
    }

    public record Outcome(String label, int count, double width, String kind) {
    }

    /** A dormant tie: who, how close you were ("4 touchpoints, last 1 Oct 2023"), and a message to start again. */
    public record Tie(Avatar avatar, long id, String name, String summary, String lastNote, StarterView starter) {
    }

    /** The goal as typed, what is wrong with it, and the weak ties who fit it ({@code asked}: a goal was given). */
    public record Goal(String text, String error, boolean asked, List<WeakTie> ties, int max) {
    }

    public record WeakTie(Avatar avatar, long id, String name, String summary, String matched, String fields) {
    }
}
