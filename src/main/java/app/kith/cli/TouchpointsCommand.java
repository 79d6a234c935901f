package app.kith.cli;

import app.kith.person.Person;
import app.kith.touchpoint.Touchpoint;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "touchpoints", mixinStandardHelpOptions = true,
        description = "List a person's touchpoints, newest first, each with the id that "
                + "'kith touchpoint edit' and 'kith touchpoint delete' take.")
final class TouchpointsCommand extends KithCommand {

    @Parameters(paramLabel = "PERSON", description = "Their id, or a name that matches one person.")
    String reference;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
            description = "At most N of them, the newest (1 to 1000; default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print a JSON array of touchpoints (id, personId, on, channel, direction, "
            + "note, createdAt), as the API gives them.")
    boolean json;

    @Override
    void run() {
        Person p = person(reference);
        List<Touchpoint> touchpoints = kith().touchpoints().ofPerson(accountId(), p.id(), limit, 0);
        if (json) {
            out().println(Json.write(touchpoints));
            return;
        }
        if (touchpoints.isEmpty()) {
            out().println("No touchpoints with " + p.name() + " yet. Log one: kith log " + p.id() + " --via coffee");
            return;
        }
        for (Touchpoint t : touchpoints) {
            out().println(TouchpointCommand.line(t));
        }
        out().println();
        out().println("Correct one: kith touchpoint edit ID [--on DATE] [--via CHANNEL] [--in|--out|--mutual] [--note TEXT]"
                + " · kith touchpoint delete ID");
    }
}
