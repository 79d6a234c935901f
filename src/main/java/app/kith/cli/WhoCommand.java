package app.kith.cli;

import app.kith.search.WhoAnswer;
import app.kith.search.WhoQuery;
import app.kith.search.WhoResult;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "who", mixinStandardHelpOptions = true,
        description = {"Who knows about something: people ranked by what they know and do (topics, role, "
                + "what they look for, company, location), then by what you wrote about them (how you met, notes, "
                + "touchpoints, asks, introductions), with why each matched and when you last spoke.",
                "Words match in any order and in any form (\"accountant\" finds \"accounting\"); put a phrase in "
                        + "quotes to match its words together. A name with a typo still finds the person."},
        footer = {"", "Examples:", "  kith who tax adviser", "  kith who '\"machine learning\"' --location berlin",
                "  kith who react typescript --why connector --json"})
final class WhoCommand extends KithCommand {

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "What you are looking for: words, \"a phrase\", a name.")
    List<String> query;

    @Option(names = "--circle", paramLabel = "NAME", description = "Only people in this circle.")
    String circle;

    @Option(names = "--location", paramLabel = "TEXT", description = "Only people whose location contains this text.")
    String location;

    @Option(names = "--why", paramLabel = "awesome|connector",
            description = "Only people who matter for this reason (someone who is both counts for either).")
    String why;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "At most this many people (default ${DEFAULT-VALUE}, at most " + WhoQuery.MAX_LIMIT + ").")
    int limit;

    @Option(names = "--json", description = "Print a JSON array, best first: person {id, name}, why [{field, words}], lastTouchOn.")
    boolean json;

    @Override
    void run() {
        Long circleId = circle == null ? null : kith().circles().find(accountId(), circle).id();
        List<WhoResult> found = kith().who().who(accountId(),
                new WhoQuery(String.join(" ", query), circleId, location, why, limit));
        if (json) {
            out().println(Json.write(found.stream().map(WhoAnswer::of).toList()));
            return;
        }
        if (found.isEmpty()) {
            out().println("Nobody matches. Try fewer words, or another form of them.");
            return;
        }
        for (WhoResult r : found) {
            out().println(Text.fit(r.name(), 23) + " " + Text.fit(reasons(r), 51) + " "
                    + (r.lastTouchOn() == null ? "never spoke" : "last spoke " + Text.day(r.lastTouchOn())));
        }
    }

    private static String reasons(WhoResult r) {
        return r.why().stream().limit(2).map(m -> m.field() + ": " + String.join(" ", m.words()))
                .collect(Collectors.joining(" · "));
    }
}
