package app.kith.cli;

import app.kith.dupes.Duplicate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "dupes", mixinStandardHelpOptions = true,
        description = "List people who are likely one person entered twice, and why.")
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
            out().println("  merge them, keeping #" + d.a().id() + ": kith merge " + d.a().id() + " " + d.b().id());
        }
        out().println();
        out().println(found.size() + (found.size() == 1 ? " pair" : " pairs")
                + ". See what a merge does first: kith merge KEEP OTHER --dry-run");
    }
}
