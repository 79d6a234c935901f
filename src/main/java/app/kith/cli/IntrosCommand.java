package app.kith.cli;

import app.kith.intro.IntroQuery;
import app.kith.intro.Introduction;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "intros", mixinStandardHelpOptions = true,
        description = "List introductions, newest first: who, where each stands, each side's answer and why.")
final class IntrosCommand extends KithCommand {

    @ArgGroup(exclusive = true)
    Which which = new Which();

    static final class Which {
        @Option(names = "--open", description = "Only those still moving: being asked, or made and waiting for how it went.")
        boolean open;

        @Option(names = "--closed", description = "Only closed ones: declined, met, no-reply, not-a-fit.")
        boolean closed;
    }

    @Option(names = "--state", paramLabel = "STATE",
            description = "Only this state: proposed, declined, introduced, met, no-reply or not-a-fit.")
    String state;

    @Option(names = "--person", paramLabel = "PERSON", description = "Only those of this person (id or name), on either side.")
    String person;

    @Option(names = "--json", description = "Print a JSON array: each introduction with its id, both people and their"
            + " answers, the reason, the state, the dates and every step.")
    boolean json;

    @Override
    void run() {
        IntroQuery query = new IntroQuery(which.open ? Boolean.TRUE : which.closed ? Boolean.FALSE : null, state,
                person == null ? null : person(person).id(), IntroQuery.MAX_PAGE, 0);
        List<Introduction> all = new ArrayList<>();
        List<Introduction> page;
        do {
            page = kith().introductions().list(accountId(), query.page(IntroQuery.MAX_PAGE, all.size()));
            all.addAll(page);
        } while (page.size() == IntroQuery.MAX_PAGE);
        if (json) {
            out().println(Json.write(all));
            return;
        }
        if (all.isEmpty()) {
            out().println(query.open() == null && state == null && person == null
                    ? "No introductions yet. Propose one: kith intro A B --why \"Priya is hiring; Sam is looking\""
                    : "No introductions match.");
            return;
        }
        all.forEach(i -> out().println(IntroText.lines(i)));
        out().println(all.size() + (all.size() == 1 ? " introduction" : " introductions"));
    }
}
