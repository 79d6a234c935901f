package app.kith.cli;

import app.kith.dupes.MergeRecord;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "merges", mixinStandardHelpOptions = true, description = "List the merges that can still be undone.")
final class MergesCommand extends KithCommand {

    @Option(names = "--json", description = "Print the merges as JSON.")
    boolean json;

    @Override
    void run() {
        List<MergeRecord> merges = kith().duplicates().merges(accountId());
        if (json) {
            out().println(Json.write(merges));
            return;
        }
        if (merges.isEmpty()) {
            out().println("No merges in the last 30 days.");
            return;
        }
        for (MergeRecord m : merges) {
            out().println("merge " + m.id() + "  " + Text.day(m.mergedAt().atZone(account().settings().timeZone()).toLocalDate())
                    + "  #" + m.mergedId() + " " + m.mergedName() + " into #" + m.keptId() + " " + m.keptName() + " ("
                    + MergeCommand.count(m.touchpoints(), "touchpoint") + ", " + MergeCommand.count(m.asks(), "ask") + ", "
                    + MergeCommand.count(m.introductions(), "introduction") + ")  undo: kith unmerge " + m.id());
        }
    }
}
