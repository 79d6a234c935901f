package app.kith.cli;

import app.kith.ask.AskStats;
import app.kith.insight.InsightsView;
import app.kith.intro.IntroCounts;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "insights", mixinStandardHelpOptions = true,
        description = {"How your network is doing: who is in rhythm (per circle, over 12 months), the backlog and"
                + " the rhythm budget, touchpoints per week out against in, your streak of days with a reach-out,"
                + " what became of your asks and introductions, and dormant ties worth rekindling.",
                "With --goal, also the weak ties (people with 1 to 3 touchpoints) whose topics, role, company,"
                        + " needs or notes fit what you are after."},
        footer = {"", "Example: kith insights --goal \"looking for work in data engineering\""})
final class InsightsCommand extends KithCommand {

    private static final String BARS = " ▁▂▃▄▅▆▇█";

    @Option(names = "--goal", paramLabel = "TEXT", description = "What you are after, to find weak ties who fit it.")
    String goal;

    @Option(names = "--json", description = "Print JSON (the same as GET /api/v1/insights).")
    boolean json;

    @Override
    void run() {
        InsightsView view = kith().insights().insights(account(), today(), goal);
        if (json) {
            out().println(Json.write(view));
            return;
        }
        PrintWriter out = out();
        out.println("Insights, " + Text.day(view.today()));
        out.println();
        InsightsView.InRhythmShare r = view.inRhythm();
        out.println("In rhythm: " + share(r.inRhythm(), r.tracked(), r.share()) + "   12 months: "
                + spark(r.trend().stream().map(InsightsView.MonthShare::share).toList()) + "  (from "
                + percent(r.trend().get(0).share()) + ")");
        r.circles().forEach(c -> out.println("  " + Text.fit(c.name(), 20) + share(c.inRhythm(), c.tracked(), c.share())));
        InsightsView.Backlog b = view.backlog();
        out.println(b.backlog() == 0 ? "Backlog: none." : "Backlog: " + b.backlog() + " due beyond today's list, clear by "
                + Text.day(b.clearsOn()) + ".");
        out.println("Rhythm budget: " + b.message());
        out.println();
        int max = view.weeks().stream().mapToInt(w -> Math.max(w.out() + w.mutual(), w.in())).max().orElse(0);
        out.println("Touchpoints per week (last 12, out+mutual above, in below):");
        out.println("  out " + spark(view.weeks().stream().map(w -> ratio(w.out() + w.mutual(), max)).toList())
                + "  " + view.weeks().stream().mapToInt(w -> w.out() + w.mutual()).sum());
        out.println("  in  " + spark(view.weeks().stream().map(w -> ratio(w.in(), max)).toList())
                + "  " + view.weeks().stream().mapToInt(InsightsView.Week::in).sum());
        InsightsView.Streak s = view.streak();
        out.println("Streak: " + (s.days() == 0 ? "no reach-out yesterday or today yet."
                : s.days() + (s.days() == 1 ? " day" : " days") + " since " + Text.day(s.since())
                        + (s.today() ? "" : " (reach out today to keep it)") + "."));
        out.println();
        AskStats a = view.asks();
        out.println("Asks: " + a.asked() + " asked · " + a.yes() + " yes · " + a.no() + " no · " + a.punted()
                + " punted · " + a.ignored() + " ignored · " + a.dropped() + " dropped · " + a.open() + " open"
                + (a.asked() > 0 && a.no() == 0 ? "  (nobody said no)" : ""));
        IntroCounts i = view.introductions();
        out.println("Introductions: " + i.proposed() + " proposed · " + i.introduced() + " made · " + i.met() + " met · "
                + i.noReply() + " no reply · " + i.notAFit() + " not a fit · " + i.declined() + " declined");
        out.println();
        if (view.dormantTies().isEmpty()) {
            out.println("Dormant ties: nobody once close has gone silent for over a year.");
        } else {
            out.println("Dormant ties worth rekindling:");
            view.dormantTies().forEach(t -> {
                out.println("  " + Text.fit(t.person().name(), 24) + t.touchpoints() + " touchpoints, last "
                        + Text.day(t.lastOn()));
                out.println("    \u201c" + opening(t.starter().body()) + "\u201d");
            });
        }
        if (view.goal() != null) {
            out.println();
            if (view.weakTies().isEmpty()) {
                out.println("Weak ties for \"" + view.goal() + "\": nobody with 1 to 3 touchpoints fits it.");
            } else {
                out.println("Weak ties for \"" + view.goal() + "\":");
                view.weakTies().forEach(t -> out.println("  " + Text.fit(t.person().name(), 24) + String.join(", ", t.matched())
                        + " in " + String.join(", ", t.fields()) + " · " + t.touchpoints() + " touchpoints, last "
                        + Text.day(t.lastOn())));
            }
        }
    }

    /** The line after the greeting: what the starter says, without its greeting and sign-off. */
    private static String opening(String body) {
        List<String> lines = body.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return lines.size() > 1 ? lines.get(1) : body.strip();
    }

    private static String share(int in, int tracked, Double share) {
        return share == null ? "nobody tracked" : String.format(Locale.ROOT, "%3d%% (%d of %d)",
                Math.round(share * 100), in, tracked);
    }

    private static String percent(Double share) {
        return share == null ? "nobody" : Math.round(share * 100) + "%";
    }

    private static Double ratio(int n, int max) {
        return max == 0 ? 0.0 : (double) n / max;
    }

    /** One bar a value (0 to 1), blank where there is none. */
    private static String spark(List<Double> values) {
        StringBuilder line = new StringBuilder();
        for (Double v : values) {
            line.append(v == null ? ' ' : BARS.charAt(1 + (int) Math.round(v * (BARS.length() - 2))));
        }
        return line.toString();
    }
}
