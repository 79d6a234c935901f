package app.kith.cli;

import app.kith.Counts;
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
                    + "  #" + m.mergedId() + " " + m.mergedName() + " into #" + m.keptId() + " " + m.keptName() + moved(m)
                    + "  undo: kith unmerge " + m.id());
        }
    }

    /** " (3 touchpoints, 1 ask moved)", or nothing when nothing moved. */
    private static String moved(MergeRecord m) {
        Counts moved = Counts.of().add(m.touchpoints(), "touchpoint", "touchpoints").add(m.asks(), "ask", "asks")
                .add(m.introductions(), "introduction", "introductions")
                .add(m.reminders(), "reminder", "reminders").add(m.keyDates(), "key date", "key dates");
        return moved.isEmpty() ? "" : " (" + moved + " moved)";
    }
}
