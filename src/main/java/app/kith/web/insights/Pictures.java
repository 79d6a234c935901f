package app.kith.web.insights;

import app.kith.ask.AskStats;
import app.kith.insight.InsightsView;
import app.kith.insight.InsightsView.Backlog;
import app.kith.insight.InsightsView.InRhythmShare;
import app.kith.insight.InsightsView.MonthShare;
import app.kith.insight.InsightsView.Streak;
import app.kith.insight.InsightsView.Week;
import app.kith.intro.IntroCounts;
import app.kith.web.Dates;
import app.kith.web.insights.InsightsPageView.Budget;
import app.kith.web.insights.InsightsPageView.CircleRow;
import app.kith.web.insights.InsightsPageView.Month;
import app.kith.web.insights.InsightsPageView.Outcome;
import app.kith.web.insights.InsightsPageView.Outcomes;
import app.kith.web.insights.InsightsPageView.Rhythm;
import app.kith.web.insights.InsightsPageView.WeekRow;
import app.kith.web.insights.InsightsPageView.Weeks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The figures of {@link InsightsView} as the page shows them: sentences, bars and lines. */
final class Pictures {

    private Pictures() {
    }

    static String percent(Double share) {
        return share == null ? "—" : Math.round(share * 100) + " %";
    }

    static Rhythm rhythm(InRhythmShare r) {
        List<MonthShare> trend = r.trend();
        List<String> labels = trend.stream().map(m -> Dates.axisMonth(m.on())).toList();
        List<String> titles = trend.stream().map(m -> Dates.month(m.on()) + ": " + percent(m.share())).toList();
        Charts.Line line = Charts.shares(trend.stream().map(MonthShare::share).toList(), labels, titles);
        String summary = "In rhythm, month by month: " + trend.stream()
                .map(m -> Dates.axisMonth(m.on()) + " " + percent(m.share())).collect(Collectors.joining(", "))
                + (r.share() == null ? "." : "; " + percent(r.share()) + " now.");
        List<Month> months = trend.stream().map(m -> new Month(Dates.month(m.on()), percent(m.share()), m.inRhythm(),
                m.tracked())).toList();
        List<CircleRow> circles = r.circles().stream().filter(c -> c.tracked() > 0)
                .map(c -> new CircleRow(c.id(), c.name(), percent(c.share()), c.inRhythm() + " of " + c.tracked(),
                        Charts.width(c.inRhythm(), c.tracked()),
                        Charts.sparkline(c.trend().stream().map(MonthShare::share).toList())))
                .toList();
        return new Rhythm(r.share() == null ? null : percent(r.share()),
                r.inRhythm() + " of " + r.tracked() + " tracked", line, summary, months, circles);
    }

    static Budget budget(Backlog b) {
        double scale = Math.max(b.contactsPerDay(), b.capacity()) * 1.15;
        String need = b.contactsPerDay() < 1 ? String.format(Locale.ROOT, "%.2f", b.contactsPerDay())
                : String.format(Locale.ROOT, "%.1f", b.contactsPerDay());
        String backlog = b.backlog() == 0 ? "No backlog: everyone due is on today's list."
                : b.backlog() + (b.backlog() == 1 ? " more person is" : " more people are") + " due beyond today's list. At "
                        + b.capacity() + " a day, everyone will have been on a list by " + Dates.heading(b.clearsOn()) + ".";
        return new Budget(need, b.capacity(), b.kept(), Charts.width(b.contactsPerDay(), scale),
                Charts.width(b.capacity(), scale), b.message(), backlog);
    }

    static Weeks weeks(List<Week> weeks, Streak streak, LocalDate today) {
        int[][] values = new int[weeks.size()][];
        List<String> labels = new ArrayList<>();
        List<List<String>> titles = new ArrayList<>();
        List<WeekRow> rows = new ArrayList<>();
        boolean any = false;
        for (int i = 0; i < weeks.size(); i++) {
            Week w = weeks.get(i);
            values[i] = new int[] {w.out() + w.mutual(), w.in()};
            any |= w.out() + w.mutual() + w.in() > 0;
            String label = Dates.day(w.start(), today);
            labels.add(label);
            titles.add(List.of("Week of " + label + ": " + (w.out() + w.mutual()) + " out", "Week of " + label + ": "
                    + w.in() + " in"));
            rows.add(new WeekRow(label, w.out(), w.in(), w.mutual()));
        }
        int out = weeks.stream().mapToInt(w -> w.out() + w.mutual()).sum();
        int in = weeks.stream().mapToInt(Week::in).sum();
        String summary = "Over the last 12 weeks, " + count(out, "touchpoint") + " you started or shared and " + in
                + " they started. Week by week, out against in: " + weeks.stream()
                .map(w -> Dates.day(w.start(), today) + " " + (w.out() + w.mutual()) + "/" + w.in())
                .collect(Collectors.joining(", ")) + ".";
        String streakText = streak.days() == 0 ? "No streak yet" : streak.days() + "-day streak";
        String streakNote = streak.days() == 0 ? "Reach out to someone today to start one."
                : streak.today() ? "Days in a row with a reach-out, today included."
                : "Days in a row with a reach-out, up to yesterday: reach out today to keep it going.";
        return new Weeks(any, Charts.grouped(values, List.of("out", "in"), labels, titles, 2, 4), summary, rows, streakText,
                streakNote, streak.today(), count(out, "touchpoint") + " out", count(in, "touchpoint") + " in");
    }

    static Outcomes asks(AskStats a) {
        if (a.asked() == 0) {
            return new Outcomes(null, List.of(), "No asks yet. Record one from a card on Today or from a person's page,"
                    + " and see here what became of them.");
        }
        String headline = a.no() == 0 ? "Nobody said no. Of " + count(a.asked(), "ask") + ", " + a.yes() + " got a yes; "
                + a.punted() + " were punted and " + a.ignored() + " ignored at some point."
                : a.no() * 10 <= a.asked() ? "Hardly anyone says no: " + a.no() + " of " + count(a.asked(), "ask")
                + ". " + a.punted() + " were punted and " + a.ignored() + " ignored at some point."
                : count(a.asked(), "ask") + ": " + a.yes() + " yes, " + a.no() + " no.";
        int all = a.asked();
        return new Outcomes(headline, List.of(
                new Outcome("Yes", a.yes(), Charts.width(a.yes(), all), "yes"),
                new Outcome("No", a.no(), Charts.width(a.no(), all), "no"),
                new Outcome("Punted at some point", a.punted(), Charts.width(a.punted(), all), "waiting"),
                new Outcome("Ignored at some point", a.ignored(), Charts.width(a.ignored(), all), "waiting"),
                new Outcome("Dropped", a.dropped(), Charts.width(a.dropped(), all), "muted"),
                new Outcome("Still open", a.open(), Charts.width(a.open(), all), "open")), null);
    }

    static Outcomes introductions(IntroCounts c) {
        if (c.proposed() == 0) {
            return new Outcomes(null, List.of(), "No introductions yet. When two people you know should meet,"
                    + " propose it from Introductions; here you'll see how they went.");
        }
        int all = c.proposed();
        return new Outcomes(count(c.proposed(), "introduction") + " proposed, " + c.introduced() + " made; "
                + c.met() + " of those met.", List.of(
                new Outcome("Proposed", c.proposed(), 100, "open"),
                new Outcome("Declined by a side", c.declined(), Charts.width(c.declined(), all), "muted"),
                new Outcome("Introduced", c.introduced(), Charts.width(c.introduced(), all), "out"),
                new Outcome("They met", c.met(), Charts.width(c.met(), all), "yes"),
                new Outcome("No reply", c.noReply(), Charts.width(c.noReply(), all), "waiting"),
                new Outcome("Not a fit", c.notAFit(), Charts.width(c.notAFit(), all), "no")), null);
    }

    static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    /** "4 touchpoints, last 1 Oct 2023". */
    static String touches(int n, LocalDate last, LocalDate today) {
        return count(n, "touchpoint") + ", last " + Dates.day(last, today);
    }
}
