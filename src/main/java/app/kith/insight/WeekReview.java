package app.kith.insight;

import app.kith.insight.InsightsView.PersonRef;
import app.kith.planner.TodayItem;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.NonNull;

/**
 * A week looked back on: the ISO week from {@code start} (a Monday) to {@code end} (its Sunday),
 * counted up to {@code today} when it is the current week ({@code current}). Deleted people are
 * left out of every figure.
 */
public record WeekReview(@NonNull LocalDate start, @NonNull LocalDate end, @NonNull LocalDate today, boolean current,
                         @NonNull List<Day> days, int touchpoints, int reached, @NonNull List<Touched> people,
                         @NonNull List<Reconnected> reconnected, @NonNull AskMoves asks,
                         @NonNull IntroMoves introductions, @NonNull List<Coming> coming) {

    /** Touchpoints on a day of the week by direction, each counted once in its own column (0 after today). */
    public record Day(@NonNull LocalDate on, int out, int in, int mutual) {
    }

    /**
     * Someone touched in the week: {@code touchpoints} in all, {@code reachOuts} of them out or
     * mutual. {@code reached} is how many such people there were; {@code people} the first
     * {@link Insights#TOP_WEEK} of them, the most touchpoints first.
     */
    public record Touched(@NonNull PersonRef person, int touchpoints, int reachOuts) {
    }

    /**
     * Someone touched in the week after a long silence: their last touchpoint before the week
     * ({@code before}) was longer before their first one in it ({@code on}) than their rhythm and
     * than {@link Insights#SILENCE_AT_LEAST} days, or, without a rhythm, than
     * {@link Insights#SILENCE_WITHOUT_RHYTHM} days. A first touchpoint ever is not a reconnection.
     * The longest silence first.
     */
    public record Reconnected(@NonNull PersonRef person, @NonNull LocalDate on, @NonNull LocalDate before, int silentDays,
                              Integer rhythmDays) {
    }

    /** What happened to asks in the week, by the steps taken in it: each step counted on its day. */
    public record AskMoves(int asked, int followedUp, int yes, int no, int punted, int dropped) {

        public int total() {
            return asked + followedUp + yes + no + punted + dropped;
        }
    }

    /** What happened to introductions in the week, by the steps taken in it ("asked" a side: {@code optInsAsked}). */
    public record IntroMoves(int proposed, int optInsAsked, int agreed, int declined, int introduced, int met, int noReply,
                             int notAFit) {

        public int total() {
            return proposed + optInsAsked + agreed + declined + introduced + met + noReply + notAFit;
        }
    }

    /**
     * A day of the next seven after today, for the current week only: the planner's list for it as
     * it stands now (Today's preview of that day), each person once, on the first day they are on
     * a list (someone overdue today who is not dealt with is on tomorrow's).
     */
    public record Coming(@NonNull LocalDate on, @NonNull List<TodayItem> items) {
    }
}
