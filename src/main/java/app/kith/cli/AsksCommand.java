package app.kith.cli;

import app.kith.ask.Ask;
import app.kith.ask.AskStats;
import java.util.List;
import java.util.Locale;
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
        out().printf(Locale.ROOT, "%d asked: %d yes, %d no, %d dropped, %d open. Punted at some point: %d; ignored at some point: %d.%n",
                stats.asked(), stats.yes(), stats.no(), stats.dropped(), stats.open(), stats.punted(), stats.ignored());
        out().println("Answer one: kith answer ID yes|no|punt --to DATE|drop · kith follow-up ID");
    }
}
