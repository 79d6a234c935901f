package app.kith.cli;

import app.kith.Counts;
import app.kith.dupes.Duplicate;
import app.kith.person.Person;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "dupes", mixinStandardHelpOptions = true,
        description = "List people who are likely one person entered twice, and why; pairs you said are two people are left out.",
        subcommands = DupesCommand.Dismiss.class)
final class DupesCommand extends KithCommand {

    @Option(names = "--json", description = "Print the pairs as JSON.")
    boolean json;

    @Override
    void run() {
        List<Duplicate> found = kith().duplicates().duplicates(accountId());
        if (json) {
            out().println(Json.write(found));
            return;
        }
        if (found.isEmpty()) {
            out().println("No likely duplicates.");
            return;
        }
        for (Duplicate d : found) {
            out().println("#" + d.a().id() + " " + d.a().name() + " and #" + d.b().id() + " " + d.b().name() + " — "
                    + String.join("; ", d.reasons()));
            out().println("  keep #" + d.a().id() + " (" + history(d.touchpointsA()) + "), merge in #" + d.b().id()
                    + " (" + history(d.touchpointsB()) + "): kith merge "
                    + d.a().id() + " " + d.b().id() + " · not the same person: kith dupes dismiss " + d.a().id() + " "
                    + d.b().id());
        }
        out().println();
        out().println(found.size() + (found.size() == 1 ? " pair" : " pairs")
                + ". See what a merge does first: kith merge KEEP OTHER --dry-run");
    }

    private static String history(int touchpoints) {
        return touchpoints == 0 ? "no touchpoints" : Counts.noun(touchpoints, "touchpoint", "touchpoints");
    }

    @Command(name = "dismiss", mixinStandardHelpOptions = true,
            description = "Say two people are not one: the pair is never listed by dupes again (--undo takes it back).")
    static final class Dismiss extends KithCommand {

        @Parameters(index = "0", paramLabel = "A", description = "One of them: their id, or a name that matches one person.")
        String first;

        @Parameters(index = "1", paramLabel = "B", description = "The other.")
        String second;

        @Option(names = "--undo", description = "They may be listed again.")
        boolean undo;

        @Override
        void run() {
            Person a = person(first);
            Person b = person(second);
            if (undo) {
                kith().duplicates().undismiss(accountId(), a.id(), b.id());
                out().println("#" + a.id() + " " + a.name() + " and #" + b.id() + " " + b.name()
                        + " may be listed as likely duplicates again.");
                return;
            }
            kith().duplicates().dismiss(accountId(), a.id(), b.id());
            out().println("#" + a.id() + " " + a.name() + " and #" + b.id() + " " + b.name()
                    + " are two people: kith dupes will not list them again. Undo: kith dupes dismiss " + a.id() + " "
                    + b.id() + " --undo");
        }
    }
}
