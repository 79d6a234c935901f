package app.kith.cli;

import app.kith.Counts;
import app.kith.demo.Demo;
import app.kith.demo.DemoSize;
import app.kith.demo.DemoSummary;
import java.time.LocalDate;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Fill an empty data folder with a made-up, realistic network to try Kith on or to measure it.",
                "S: 500 people and 10,000 touchpoints; L: 30,000 and 1,000,000; XL: 100,000 and 5,000,000;",
                "with a year of asks and introductions, a few still open for Today.",
                "The same --seed and --today always give the same data."},
        footer = {"", "Example: kith demo --size S --data /tmp/kith-demo, then kith today --data /tmp/kith-demo"})
final class DemoCommand extends KithCommand {

    @Option(names = "--size", paramLabel = "S|L|XL", defaultValue = "S", description = "How big (default: ${DEFAULT-VALUE}).")
    DemoSize size;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Another seed, another network (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--today", paramLabel = "DATE", description = "Make the data for this day (default: today).")
    String today;

    @Override
    void run() {
        LocalDate day = Dates.parse("--today", today, today());
        long start = System.nanoTime();
        Demo demo = new Demo(kith().circles(), kith().people(), kith().clocks(), kith().touchpoints(), kith().asks(),
                kith().introductions(), session().db());
        DemoSummary summary = demo.fill(account(), size, seed, day, size == DemoSize.S ? Demo.Progress.none() : new Progress());
        // Index the whole network now, in the demo's time, rather than on the first search.
        kith().who().reindex(accountId());
        int due = kith().planner().today(account(), day, 0).due();
        double seconds = (System.nanoTime() - start) / 1e9;
        out().printf(Locale.ROOT, "Demo network %s (seed %d) for %s: %s; %s. Took %.1f s.%n", summary.size(),
                summary.seed(), Text.day(summary.today()), Counts.of().add(summary.people(), "person", "people")
                        .add(summary.touchpoints(), "touchpoint", "touchpoints").add(summary.circles(), "circle", "circles")
                        .add(summary.asks(), "ask", "asks").add(summary.introductions(), "introduction", "introductions"),
                due == 0 ? "nobody due that day" : Counts.noun(due, "person", "people") + " due that day", seconds);
        String data = session().data == null ? "" : " --data " + session().data;
        out().println("See it: kith today" + data + (day.equals(today()) ? "" : " --date " + day) + " · kith people" + data);
    }

    /** One line on standard error that keeps up with a long run (rewritten in place on a terminal). */
    private final class Progress implements Demo.Progress {
        private final boolean terminal = System.console() != null;
        private long lastTenth = -1;

        @Override
        public void report(String stage, long done, long total) {
            String line = switch (stage) {
                case "people" -> done == 0 ? "making " + String.format(Locale.ROOT, "%,d", total) + " people…"
                        : String.format(Locale.ROOT, "%,d people written", done);
                case "touchpoints" -> String.format(Locale.ROOT, "touchpoints %,d / %,d", done, total);
                case "clocks" -> "setting everyone's last touch and due date…";
                case "favours" -> "asking and introducing…";
                default -> "updating the query planner's statistics…";
            };
            if (terminal) {
                err().print("\r\033[K" + line + (stage.equals("analyze") ? System.lineSeparator() : ""));
                err().flush();
            } else if (!stage.equals("touchpoints") || done * 10 / total != lastTenth) {
                lastTenth = stage.equals("touchpoints") ? done * 10 / total : -1;
                err().println(line);
            }
        }
    }
}
