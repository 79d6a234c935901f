package app.kith.cli;

import app.kith.person.Rhythms;
import app.kith.person.Person;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "people", mixinStandardHelpOptions = true,
        description = "List people by name, or those QUERY finds, best first: names by their beginning as typed, "
                + "then who knows about it (as kith who), then company, role, location, email or topics by their beginning.")
final class PeopleCommand extends KithCommand {

    @Parameters(paramLabel = "QUERY", arity = "0..1", description = "Text to look for: words, or the beginnings of words.")
    String query;

    @Option(names = "--json", description = "Print a JSON array: every field, circles, rhythm, last touch and due date.")
    boolean json;

    @Override
    void run() {
        if (json) {
            List<Person> all = new ArrayList<>();
            kith().people().forEach(accountId(), query, all::add);
            out().println(Json.write(all));
            return;
        }
        int[] count = {0};
        kith().people().forEach(accountId(), query, p -> {
            if (count[0]++ == 0) {
                out().println(Text.fit("id", 7) + Text.fit("name", 26) + Text.fit("company", 22) + Text.fit("rhythm", 14)
                        + Text.fit("last touch", 17) + "due");
            }
            out().println(Text.fit("#" + p.id(), 7) + Text.fit(p.name(), 26) + Text.fit(p.company(), 22)
                    + Text.fit(Rhythms.inWords(p.rhythmDays()), 14) + Text.fit(Text.day(p.lastTouchOn()), 17) + Text.day(p.dueOn()));
        });
        if (count[0] == 0) {
            out().println(query == null ? "Nobody here yet. Add someone: kith add \"Ada Lovelace\" --circle Monthly"
                    : "Nobody matches \"" + query + "\".");
        } else {
            out().println(count[0] + (count[0] == 1 ? " person" : " people"));
        }
    }
}
