package app.kith.cli;

import app.kith.Counts;
import app.kith.ask.Ask;
import app.kith.ask.AskStats;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "asks", mixinStandardHelpOptions = true,
        description = "List your asks and what became of them (ignored, punted, yes, no, dropped).")
final class AsksCommand extends KithCommand {

    @Option(names = "--open", description = "Only those still waiting or punted.")
    boolean open;

    @Option(names = "--person", paramLabel = "PERSON", description = "Only the asks of this person.")
    String person;

    @Option(names = "--json", description = "Print a JSON array of asks, each with its id.")
    boolean json;

    @Override
    void run() {
        Long personId = person == null ? null : person(person).id();
        List<Ask> asks = kith().asks().list(account(), open ? Boolean.TRUE : null, null, personId, today());
        if (json) {
            out().println(Json.write(asks));
            return;
        }
        if (asks.isEmpty()) {
            out().println(open ? "No open asks." : "No asks yet. Record one: kith ask PERSON \"an intro to your CFO\"");
            return;
        }
        for (Ask a : asks) {
            out().println(Text.fit("#" + a.id(), 6) + Text.fit(a.person().name(), 22) + Text.fit(a.status(), 9)
                    + Text.fit(Text.day(a.askedOn()), 17) + a.text()
                    + (a.puntedTo() != null && a.open() ? "  (punted to " + Text.day(a.puntedTo()) + ")" : "")
                    + (a.followUps() > 0 ? "  · followed up " + a.followUps() + "×" : ""));
        }
        AskStats stats = kith().asks().stats(account(), personId, today());
        out().println();
        Counts atSomePoint = Counts.of().add(stats.punted(), "punted").add(stats.ignored(), "ignored");
        out().println(stats.asked() + " asked: " + Counts.of().add(stats.yes(), "yes").add(stats.no(), "no")
                .add(stats.dropped(), "dropped").add(stats.open(), "open") + "."
                + (atSomePoint.isEmpty() ? "" : " At some point " + atSomePoint.toString().replace(", ", " and ") + "."));
        out().println("Answer one: kith answer ID yes|no|punt --to DATE|drop · kith follow-up ID");
    }
}
