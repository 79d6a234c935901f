package app.kith.cli;

import app.kith.dupes.MergeRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "unmerge", mixinStandardHelpOptions = true,
        description = "Undo a merge made in the last 30 days: both people come back as they were.")
final class UnmergeCommand extends KithCommand {

    @Parameters(paramLabel = "MERGE", description = "The merge's number, as kith merges lists it.")
    long mergeId;

    @Override
    void run() {
        MergeRecord m = kith().duplicates().merges(accountId()).stream().filter(r -> r.id() == mergeId).findFirst()
                .orElseThrow(() -> new Main.Refused("No merge " + mergeId + " to undo. See the recent ones: kith merges"));
        kith().duplicates().unmerge(accountId(), mergeId);
        out().println("Unmerged: #" + m.keptId() + " " + m.keptName() + " and #" + m.mergedId() + " " + m.mergedName()
                + " are two people again.");
    }
}
