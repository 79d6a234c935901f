package app.kith.cli;

import app.kith.Counts;
import app.kith.dupes.MergePreview;
import app.kith.dupes.MergeRecord;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Merge a person entered twice into one: everything of both is kept; undo with kith unmerge.")
final class MergeCommand extends KithCommand {

    @Parameters(index = "0", paramLabel = "KEEP", description = "The person to keep: their id, or a name that matches one person.")
    String keep;

    @Parameters(index = "1", paramLabel = "OTHER", description = "The person merged into KEEP and then deleted.")
    String other;

    @Option(names = "--dry-run", description = "Only show what the merged person would be.")
    boolean dryRun;

    @Override
    void run() {
        Person k = person(keep);
        Person o = person(other);
        MergePreview preview = kith().duplicates().preview(accountId(), k.id(), o.id());
        out().println((dryRun ? "Would merge " : "Merging ") + Text.line(o) + " into " + Text.line(k) + ":");
        show(preview.merged());
        out().println("  " + Text.fit("moves", 15) + Counts.of().add(preview.touchpoints(), "touchpoint", "touchpoints")
                .add(preview.asks(), "ask", "asks").add(preview.introductions(), "introduction", "introductions")
                .add(preview.reminders(), "reminder", "reminders").add(preview.keyDates(), "key date", "key dates")
                .or("nothing else"));
        if (dryRun) {
            out().println("Nothing changed (dry run). To merge: kith merge " + k.id() + " " + o.id());
            return;
        }
        kith().duplicates().merge(accountId(), k.id(), o.id(), today());
        long mergeId = kith().duplicates().merges(accountId()).stream().filter(m -> m.mergedId() == o.id())
                .mapToLong(MergeRecord::id).findFirst().orElseThrow();
        out().println("Merged; #" + o.id() + " is deleted. Undo within 30 days: kith unmerge " + mergeId);
    }

    private void show(PersonDraft p) {
        field("name", p.name());
        field("emails", p.emails());
        field("phones", p.phones());
        field("company", p.company());
        field("role", p.role());
        field("location", p.location());
        field("linkedin", p.linkedinUrl());
        field("birthday", p.birthday());
        field("how we met", p.howWeMet());
        field("topics", p.topics());
        field("looking for", p.lookingFor());
        field("why", p.why());
        field("circles", p.circles());
        field("rhythm", p.rhythmDays() == null ? null : "every " + p.rhythmDays() + " days (their own)");
        field("notes", p.notes() == null ? null : p.notes().replace('\n', ' '));
    }

    private void field(String label, List<String> values) {
        field(label, values.isEmpty() ? null : String.join(", ", values));
    }

    private void field(String label, String value) {
        if (value != null) {
            out().println("  " + Text.fit(label, 15) + value);
        }
    }
}
