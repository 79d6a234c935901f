package app.kith.io;

import app.kith.Fields;
import app.kith.Invalid;
import app.kith.account.Accounts;
import app.kith.ask.Asks;
import app.kith.circle.Circles;
import app.kith.intro.Introductions;
import app.kith.message.Messages;
import app.kith.touchpoint.Touchpoints;
import app.kith.person.People;
import app.kith.person.PersonDraft;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Bringing contacts in from a file: read as a stream, planned row by row (create, update someone
 * already here, merge rows of one person, skip with the reason), then either shown
 * ({@link #preview}) or written in one transaction ({@link #apply}): a failure part-way writes
 * nothing, and importing the same file again creates nobody twice.
 */
public class Imports {

    /**
     * Hears how far a long import has got: a stage ("reading": rows, people written as they come;
     * "writing": the last people and the updates), done and total (0: unknown).
     */
    public interface Progress {
        void report(String stage, long done, long total);

        static Progress none() {
            return (stage, done, total) -> { };
        }
    }

    private final People people;
    private final Circles circles;
    private final TransactionOperations tx;
    private final JsonImport.Parts restore;

    public Imports(People people, Circles circles, TransactionOperations tx, Accounts accounts, Touchpoints touchpoints,
                   Asks asks, Introductions introductions, Messages messages) {
        this.people = people;
        this.circles = circles;
        this.tx = tx;
        this.restore = new JsonImport.Parts(accounts, circles, people, touchpoints, asks, introductions, messages);
    }

    /** The columns of a CSV file's header (its first line only), for a page to map them to Kith's fields. */
    public CsvColumns columns(InputStream in) {
        return new CsvColumns(MappedCsvReader.header(in), List.copyOf(CsvMapping.FIELDS.keySet()));
    }

    /** What importing the file would do; nothing is written. */
    public ImportResult preview(long accountId, ImportFormat format, InputStream in, ImportOptions options) {
        return preview(accountId, format, in, options, Progress.none());
    }

    /** The same, telling how far the reading has got. */
    public ImportResult preview(long accountId, ImportFormat format, InputStream in, ImportOptions options,
                                Progress progress) {
        if (format == ImportFormat.JSON) {
            // A restore is checked by doing it, then undoing it: what it would write, it does write, and rolls back.
            return tx.execute(s -> {
                s.setRollbackOnly();
                return restored(false, accountId, in, LocalDate.now());
            });
        }
        ImportPlan plan = plan(accountId, format, in, options, progress, null);
        plan.changes();
        return result(false, format, plan, newCircles(accountId, plan));
    }

    /** Imports the file: everything it plans, in one transaction. */
    public ImportResult apply(long accountId, ImportFormat format, InputStream in, ImportOptions options, LocalDate today,
                              Progress progress) {
        if (format == ImportFormat.JSON) {
            return tx.execute(s -> restored(true, accountId, in, today));
        }
        return tx.execute(s -> {
            List<String> made = new ArrayList<>();
            java.util.Set<String> known = new java.util.HashSet<>();
            ImportPlan plan = plan(accountId, format, in, options, progress, drafts -> {
                // The groups of these people that are no circle yet become circles without a rhythm
                // (each name looked up once per import).
                for (PersonDraft d : drafts) {
                    for (String name : d.circles()) {
                        if (known.add(name.strip().toLowerCase(java.util.Locale.ROOT)) && !conventional(name)
                                && circles.byName(accountId, name).isEmpty()) {
                            circles.add(accountId, name.strip(), null);
                            made.add(name.strip());
                        }
                    }
                }
                return people.addAll(accountId, drafts, today);
            });
            plan.flush();
            Map<Long, PersonDraft> changes = plan.changes();
            changes.forEach((id, draft) -> people.update(accountId, id, draft));
            progress.report("writing", plan.created, plan.created);
            return result(true, format, plan, made);
        });
    }

    private ImportResult restored(boolean applied, long accountId, InputStream in, LocalDate today) {
        JsonImport restoring = new JsonImport(restore, accountId, today);
        int brought = restoring.restore(in);
        return new ImportResult(applied, ImportFormat.JSON.key(), brought, brought, 0, 0, 0, restoring.circlesMade(),
                List.of(), List.of(), null);
    }

    private ImportPlan plan(long accountId, ImportFormat format, InputStream in, ImportOptions options, Progress progress,
                            ImportPlan.Writer writer) {
        String circle = options == null ? null : Fields.optional("circle", options.circle(), 100);
        if (circle != null && circles.byName(accountId, circle).isEmpty()
                && !conventional(circle)) {
            throw new Invalid("circle", "there is no circle \"" + circle + "\": create it first (kith circle add \""
                    + circle + "\" --every DAYS), or pick one of yours");
        }
        ImportPlan plan = new ImportPlan(people, accountId, circle, writer);
        ContactReader reader = format.reader(options);
        reader.read(in, new ContactSink() {
            @Override
            public void contact(Contact contact) {
                plan.contact(contact);
                tell();
            }

            @Override
            public void skipped(Skipped skipped) {
                plan.skipped(skipped);
                tell();
            }

            private void tell() {
                if (plan.read % 1_000 == 0) {
                    progress.report("reading", plan.read, 0);
                }
            }
        });
        progress.report("reading", plan.read, plan.read);
        plan.mapping = reader instanceof MappedCsvReader mapped ? mapped.used() : null;
        return plan;
    }

    /**
     * The groups the file puts new people in that are no circle yet (and no conventional name,
     * which is made with its rhythm): they become circles without a rhythm.
     */
    private List<String> newCircles(long accountId, ImportPlan plan) {
        return plan.circleNames.values().stream().filter(name -> !conventional(name))
                .filter(name -> circles.byName(accountId, name).isEmpty()).toList();
    }

    /** Weekly, Monthly…: made with their rhythm the first time a person is put in one. */
    private static boolean conventional(String name) {
        return Circles.conventional().keySet().stream().anyMatch(k -> k.equalsIgnoreCase(name.strip()));
    }

    private static ImportResult result(boolean applied, ImportFormat format, ImportPlan plan, List<String> newCircles) {
        List<ImportResult.Row> rows = plan.rows.stream().sorted(java.util.Comparator.comparingInt(ImportResult.Row::line))
                .toList();
        return new ImportResult(applied, format.key(), plan.read, plan.created, plan.updated, plan.merged,
                plan.unchanged, newCircles, rows, List.copyOf(plan.skipped), plan.mapping);
    }
}
