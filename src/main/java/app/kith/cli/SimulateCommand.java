package app.kith.cli;

import app.kith.account.Settings;
import app.kith.ask.AskSimulation;
import app.kith.planner.Simulation;
import app.kith.planner.SimulationReport;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Simulate a year of Kith's planner against the naive \"everyone overdue, oldest first\" list.",
                "The simulated user does the list on 80%% of days and takes a two-week holiday; under both planners "
                        + "they contact at most CAPACITY people a day from the top of the list they are shown.",
                "Runs in memory: your data is not touched."})
final class SimulateCommand extends KithCommand {

    @Option(names = "--capacity", paramLabel = "N", description = "People a day on the list (default: ${DEFAULT-VALUE}).")
    int capacity = Settings.DEFAULT_CAPACITY;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the simulated user's habits (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    void run() {
        if (capacity < 1 || capacity > Settings.MAX_CAPACITY) {
            throw new app.kith.Invalid("--capacity", "--capacity must be between 1 and " + Settings.MAX_CAPACITY);
        }
        SimulationReport report = new Simulation(capacity, seed).run();
        AskSimulation.Report asks = new AskSimulation(capacity, seed).run();
        if (json) {
            out().println(Json.write(new Both(report.capacity(), report.days(), report.activeShare(), report.scenarios(),
                    report.followUps(), asks)));
            return;
        }
        out().printf(Locale.ROOT, "A year (%d days) at a capacity of %d a day; the list is done on %.0f%% of days.%n",
                report.days(), report.capacity(), report.activeShare() * 100);
        for (SimulationReport.Scenario s : report.scenarios()) {
            out().println();
            out().println(s.name() + ": " + s.description());
            header();
            row(s.kith());
            row(s.naive());
            if (s.kithExisting() != null) {
                out().println("  the 150 people of the existing network only:");
                row(s.kithExisting());
                row(s.naiveExisting());
            }
        }
        SimulationReport.FollowUps followUps = report.followUps();
        out().println();
        out().println("follow-ups: " + followUps.description());
        out().printf(Locale.ROOT, "  %-30s %12s %15s %11s %10s %14s%n", "rule", "rhythm share", "time in rhythm",
                "follow-ups", "mean wait", "replies expired");
        for (SimulationReport.FollowUpOutcome o : List.of(followUps.capped(), followUps.first())) {
            out().printf(Locale.ROOT, "  %-30s %11.1f%% %14.1f%% %11d %9.1fd %14d%n", o.planner(), o.rhythmShare() * 100,
                    o.timeInRhythm() * 100, o.followUpsDone(), o.meanWait(), o.repliesExpired());
        }
        out().println();
        out().println("asks: " + asks.description());
        out().printf(Locale.ROOT, "  %-13s %6s %9s %14s %6s %8s %11s%n", "planner", "asked", "answered", "answered share",
                "open", "dropped", "follow-ups");
        for (AskSimulation.Outcome o : List.of(asks.kith(), asks.noFollowUp())) {
            out().printf(Locale.ROOT, "  %-13s %6d %9d %13.1f%% %6d %8d %11d%n", o.planner(), o.asked(), o.answered(),
                    o.answeredShare() * 100, o.stillOpen(), o.dropped(), o.followUps());
        }
        out().println();
        out().println("in rhythm: contacts made within the rhythm + 25% since the previous one; time in rhythm: share of");
        out().println("person-days within it; largest: the longest list shown on one day; empty: days with nothing to do;");
        out().println("rhythm share: on days when people are due by their rhythm, the share of the list they get.");
    }

    /** The JSON: the planner's scenarios as before, follow-ups with and without their cap, and what became of asks. */
    record Both(int capacity, int days, double activeShare, List<SimulationReport.Scenario> scenarios,
                SimulationReport.FollowUps followUps, AskSimulation.Report asks) {
    }

    private void header() {
        out().printf(Locale.ROOT, "  %-8s %9s %10s %15s %8s %10s %6s %7s%n", "planner", "contacts", "in rhythm", "time in rhythm",
                "largest", "mean list", "empty", "never");
    }

    private void row(SimulationReport.Outcome o) {
        out().printf(Locale.ROOT, "  %-8s %9d %9.1f%% %14.1f%% %8d %10.1f %6d %7d%n", o.planner(), o.contacts(),
                o.inRhythmShare() * 100, o.timeInRhythm() * 100, o.largestList(), o.meanList(), o.emptyDays(),
                o.neverContacted());
    }
}
