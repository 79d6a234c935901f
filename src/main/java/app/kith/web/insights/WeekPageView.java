package app.kith.web.insights;

import app.kith.web.Avatar;
import java.util.List;

/**
 * The weekly review page: the week's touchpoints day by day (a chart, its figures in words and
 * in a table), the people reached, who you reconnected with, what asks and introductions did,
 * and for the current week the next seven days. {@code earlier} and {@code later} lead to the
 * weeks around it (null: none).
 */
public record WeekPageView(String heading, String range, boolean current, String earlier, String later, boolean any,
                           Charts.Bars chart, String summary, List<InsightsPageView.WeekRow> days, String totals,
                           List<Person> people, int more, List<Reconnected> reconnected, int silenceAtLeast, int silence,
                           List<String> asks, List<String> introductions, List<ComingDay> coming) {

    public record Person(long id, String name, String touches) {
    }

    public record Reconnected(Avatar avatar, long id, String name, String when, String silence) {
    }

    public record ComingDay(String day, List<Item> items) {
    }

    /** A person on a coming day's list: who, what kind of item ("birthday", "ask follow-up"), and why. */
    public record Item(Avatar avatar, long id, String name, String kind, String reason) {
    }
}
