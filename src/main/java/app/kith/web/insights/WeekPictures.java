package app.kith.web.insights;

import app.kith.insight.Insights;
import app.kith.insight.WeekReview;
import app.kith.planner.TodayItem;
import app.kith.web.Avatar;
import app.kith.web.Dates;
import app.kith.web.Wording;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The figures of a {@link WeekReview} as the weekly review page shows them. */
final class WeekPictures {

    private WeekPictures() {
    }

    static WeekPageView of(WeekReview r, Map<Long, Avatar> faces, LocalDate today) {
        int[][] values = new int[7][];
        List<String> labels = new ArrayList<>();
        List<List<String>> titles = new ArrayList<>();
        List<InsightsPageView.WeekRow> rows = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            WeekReview.Day d = r.days().get(i);
            values[i] = new int[] {d.out() + d.mutual(), d.in()};
            String label = Dates.axisDay(d.on());
            labels.add(label);
            titles.add(List.of(label + ": " + (d.out() + d.mutual()) + " out", label + ": " + d.in() + " in"));
            rows.add(new InsightsPageView.WeekRow(label + " " + Dates.day(d.on(), today), d.out(), d.in(), d.mutual()));
        }
        String summary = "Touchpoints day by day, out against in: " + r.days().stream()
                .map(d -> Dates.axisDay(d.on()) + " " + (d.out() + d.mutual()) + "/" + d.in())
                .collect(Collectors.joining(", ")) + ".";
        String totals = Pictures.count(r.touchpoints(), "touchpoint") + " with "
                + (r.reached() == 1 ? "1 person" : r.reached() + " people");
        return new WeekPageView(r.current() ? "This week" : "The week of " + Dates.day(r.start(), today),
                Dates.day(r.start(), today) + " – " + Dates.day(r.end(), today) + (r.current() ? ", so far" : ""),
                r.current(), "/insights/week?week=" + r.start().minusWeeks(1),
                r.current() ? null : "/insights/week?week=" + r.start().plusWeeks(1), r.touchpoints() > 0,
                Charts.grouped(values, List.of("out", "in"), labels, titles, 1, 1), summary, rows, totals,
                r.people().stream().map(t -> new WeekPageView.Person(t.person().id(), t.person().name(),
                        t.touchpoints() == 1 ? "" : "×" + t.touchpoints())).toList(),
                r.reached() - r.people().size(),
                r.reconnected().stream().map(c -> new WeekPageView.Reconnected(faces.get(c.person().id()), c.person().id(),
                        c.person().name(), Dates.weekday(c.on()), "after " + Dates.span(c.silentDays()) + " ("
                        + (c.rhythmDays() == null ? "no rhythm" : "rhythm " + Wording.days(c.rhythmDays())) + ")"))
                        .toList(),
                Insights.SILENCE_AT_LEAST, Insights.SILENCE_WITHOUT_RHYTHM, asks(r.asks()), introductions(r.introductions()),
                r.coming().stream().filter(c -> !c.items().isEmpty())
                        .map(c -> new WeekPageView.ComingDay(Dates.weekday(c.on()), c.items().stream()
                                .map(i -> item(i, faces)).toList())).toList());
    }

    private static WeekPageView.Item item(TodayItem i, Map<Long, Avatar> faces) {
        long id = i.person().id();
        String kind = i instanceof TodayItem.Birthday ? "birthday"
                : i instanceof TodayItem.AskFollowUp ? "ask"
                : i instanceof TodayItem.IntroFollowUp ? "introduction"
                : i instanceof TodayItem.Reply ? "reply"
                : i instanceof TodayItem.JobChange ? "new job"
                : i instanceof TodayItem.Reminder ? "reminder"
                : i instanceof TodayItem.KeyDate ? "key date"
                : "due";
        return new WeekPageView.Item(faces.get(id), id, i.person().name(), kind, i.reason());
    }

    private static List<String> asks(WeekReview.AskMoves a) {
        List<String> moves = new ArrayList<>();
        add(moves, a.asked(), "asked");
        add(moves, a.followedUp(), "followed up");
        add(moves, a.yes(), "answered yes");
        add(moves, a.no(), "answered no");
        add(moves, a.punted(), "punted");
        add(moves, a.dropped(), "dropped");
        return moves;
    }

    private static List<String> introductions(WeekReview.IntroMoves m) {
        List<String> moves = new ArrayList<>();
        add(moves, m.proposed(), "proposed");
        add(moves, m.optInsAsked(), m.optInsAsked() == 1 ? "side asked" : "sides asked");
        add(moves, m.agreed(), m.agreed() == 1 ? "side agreed" : "sides agreed");
        add(moves, m.declined(), m.declined() == 1 ? "side declined" : "sides declined");
        add(moves, m.introduced(), "introduced");
        add(moves, m.met(), "met");
        add(moves, m.noReply(), "got no reply");
        add(moves, m.notAFit(), "were not a fit");
        return moves;
    }

    private static void add(List<String> moves, int n, String what) {
        if (n > 0) {
            moves.add(n + " " + what);
        }
    }
}
