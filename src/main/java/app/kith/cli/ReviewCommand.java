package app.kith.cli;

import app.kith.insight.Insights;
import app.kith.insight.WeekReview;
import app.kith.planner.TodayItem;
import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"The weekly review: what you did this week (touchpoints day by day, the people you were in"
                + " touch with, what asks and introductions did), who you reconnected with after a long silence,"
                + " and what is coming in the next seven days.",
                "Reconnected: touched after a silence longer than their rhythm and over " + Insights.SILENCE_AT_LEAST
                        + " days, or over " + Insights.SILENCE_WITHOUT_RHYTHM + " days without a rhythm."},
        footer = {"", "Example: kith review --week -1w"})
final class ReviewCommand extends KithCommand {

    @Option(names = "--week", paramLabel = "DATE", description = "A day of the week to review (default: this week).")
    String week;

    @Option(names = "--json", description = "Print JSON (the same as GET /api/v1/insights/week).")
    boolean json;

    @Override
    void run() {
        WeekReview r = kith().insights().week(account(), today(),
                week == null ? null : Dates.parse("--week", week, today()).with(DayOfWeek.MONDAY));
        if (json) {
            out().println(Json.write(r));
            return;
        }
        PrintWriter out = out();
        out.println((r.current() ? "This week, " : "The week of ") + Text.day(r.start()) + " to " + Text.day(r.end())
                + (r.current() ? " (so far)" : ""));
        out.println();
        out.println("Touchpoints: " + r.touchpoints() + " with " + r.reached() + (r.reached() == 1 ? " person" : " people")
                + "   " + r.days().stream().map(d -> d.on().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                        + " " + (d.out() + d.mutual()) + "/" + d.in()).collect(Collectors.joining("  ")) + "  (out/in)");
        if (!r.people().isEmpty()) {
            out.println("  " + r.people().stream().map(t -> t.person().name() + (t.touchpoints() == 1 ? "" : " ×" + t.touchpoints()))
                    .collect(Collectors.joining(", ")) + (r.reached() > r.people().size()
                    ? " and " + (r.reached() - r.people().size()) + " more" : ""));
        }
        out.println(r.reconnected().isEmpty() ? "Reconnected: nobody." : "Reconnected:");
        r.reconnected().forEach(c -> out.println("  " + Text.fit(c.person().name(), 24) + Text.day(c.on()) + ", after "
                + c.silentDays() + " days" + (c.rhythmDays() == null ? " (no rhythm)" : " (rhythm " + c.rhythmDays() + " days)")));
        WeekReview.AskMoves a = r.asks();
        out.println("Asks: " + a.asked() + " asked · " + a.followedUp() + " followed up · " + a.yes() + " yes · " + a.no()
                + " no · " + a.punted() + " punted · " + a.dropped() + " dropped");
        WeekReview.IntroMoves i = r.introductions();
        out.println("Introductions: " + i.proposed() + " proposed · " + i.introduced() + " introduced · " + i.met() + " met · "
                + i.noReply() + " no reply · " + i.notAFit() + " not a fit · " + i.declined() + " declined");
        if (r.current()) {
            out.println();
            List<String> lines = new ArrayList<>();
            r.coming().forEach(c -> c.items().forEach(item -> lines.add("  " + Text.day(c.on()) + "  "
                    + Text.fit(item.person().name(), 24) + kind(item) + ": " + item.reason())));
            out.println(lines.isEmpty() ? "Coming up in the next 7 days: nothing planned." : "Coming up in the next 7 days:");
            lines.forEach(out::println);
        }
    }

    private static String kind(TodayItem item) {
        return switch (item.kind()) {
            case "person" -> "due";
            case "job-change" -> "new job";
            default -> item.kind();
        };
    }
}
