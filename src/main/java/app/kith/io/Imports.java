package app.kith.io;

import app.kith.Fields;
import app.kith.Invalid;
import app.kith.account.Accounts;
import app.kith.ask.Asks;
import app.kith.audit.Audit;
import app.kith.audit.AuditKind;
import app.kith.circle.Circles;
import app.kith.intro.Introductions;
import app.kith.message.Messages;
import app.kith.person.Clocks;
import app.kith.person.Identities;
import app.kith.person.People;
import app.kith.person.PersonDraft;
import app.kith.person.Photo;
import app.kith.person.Photos;
import app.kith.person.ProfileChanges;
import app.kith.reminder.KeyDates;
import app.kith.reminder.Reminders;
import app.kith.search.Who;
import app.kith.touchpoint.Touchpoints;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Bringing contacts in from a file: read as a stream, planned row by row (create, update someone
 * already here, merge rows of one person, skip with the reason), then either shown
 * ({@link #preview}, which writes nothing) or written ({@link #apply}) a chunk at a time, each
 * chunk a short transaction so that everyone else's writes wait at most a chunk; all or nothing
 * even so: a failure part-way, or a process killed part-way, leaves nothing of the import behind.
 * Importing the same file again creates nobody twice.
 */
public class Imports {

    /**
     * Hears how far a long import has got: a stage ("reading": rows, people written as they come;
     * "writing": the last people and the updates; "indexing": making them findable by "who knows";
     * "taking back" after a failure), done and total (0: unknown).
     */
    public interface Progress {
        void report(String stage, long done, long total);

        static Progress none() {
            return (stage, done, total) -> { };
        }
    }

    /** People already here are updated this many at a time, each chunk with what they were before. */
    private static final int UPDATES = 500;
    /** Photos of people already here are set this many at a time (a chunk of at most 40 MB). */
    private static final int PHOTOS = 200;

    private final People people;
    private final Identities identities;
    private final Photos photos;
    private final Circles circles;
    private final JsonImport.Parts restore;
    private final ImportRuns runs;
    private final Supplier<ImportScratch> scratch;
    private final ProfileChanges profileChanges;
    private final Who who;
    private final Audit audit;
    private final Clock clock;
    private final LinkedInMessages linkedInMessages;
    private volatile Consumer<Finished> finished = done -> { };

    /**
     * {@code scratch} opens a new, empty store of its own with an Imports on it: a JSON restore is
     * previewed by doing it there, so the preview checks exactly what the restore would, and
     * writes nothing here.
     */
    public Imports(JdbcClient jdbc, People people, Identities identities, Clocks clocks, Photos photos, Circles circles,
                   TransactionOperations tx, Accounts accounts, Touchpoints touchpoints, Asks asks,
                   Introductions introductions, Messages messages, ProfileChanges profileChanges,
                   Reminders reminders, KeyDates keyDates, Supplier<ImportScratch> scratch, Who who, Clock clock,
                   Audit audit) {
        this.people = people;
        this.identities = identities;
        this.photos = photos;
        this.circles = circles;
        this.restore = new JsonImport.Parts(accounts, circles, people, clocks, touchpoints, asks, introductions, messages,
                profileChanges, reminders, keyDates);
        this.runs = new ImportRuns(jdbc, tx, people, photos, circles, messages, accounts, profileChanges);
        this.scratch = scratch;
        this.profileChanges = profileChanges;
        this.who = who;
        this.clock = clock;
        this.audit = audit;
        this.linkedInMessages = new LinkedInMessages(jdbc, identities, touchpoints, clocks, tx, audit);
    }

    /** The columns of a CSV file's header (its first line only), for a page to map them to Kith's fields. */
    public CsvColumns columns(InputStream in) {
        return new CsvColumns(MappedCsvReader.header(in), List.copyOf(CsvMapping.FIELDS.keySet()));
    }

    /** What importing the file would do; nothing is written. */
    public ImportResult preview(long accountId, ImportFormat format, InputStream in, ImportOptions options) {
        return preview(accountId, format, in, options, Progress.none());
    }

    /** Conversation history from LinkedIn's messages.csv, logged as touchpoints. */
    public LinkedInMessages linkedInMessages() {
        return linkedInMessages;
    }

    /**
     * The same, telling how far the reading has got. It streams as an import does: what it keeps
     * is what tells people apart, the counts, and the first {@link ImportResult#MAX_ROWS} rows.
     */
    public ImportResult preview(long accountId, ImportFormat format, InputStream in, ImportOptions options,
                                Progress progress) {
        if (format == ImportFormat.JSON) {
            return restorePreview(accountId, in, progress);
        }
        ImportPlan plan = plan(accountId, format, in, options, progress, null,
                restore.accounts().byId(accountId).today(clock));
        plan.changes();
        return result(false, format, plan, newCircles(accountId, plan));
    }

    /** A finished import as the server's metrics count it: no account, no name, no file name. */
    public record Finished(ImportFormat format, boolean written, int rows, Duration took) {
    }

    /** Who hears of each finished import (the server's metrics); set once, before the first import. */
    public void onFinished(Consumer<Finished> listener) {
        this.finished = listener;
    }

    /** Imports the file: everything it plans, a chunk at a time, all or nothing. */
    public ImportResult apply(long accountId, ImportFormat format, InputStream in, ImportOptions options, LocalDate today,
                              Progress progress) {
        long started = System.nanoTime();
        try {
            ImportResult result = applied(accountId, format, in, options, today, progress);
            finished.accept(new Finished(format, true, result.read(), Duration.ofNanos(System.nanoTime() - started)));
            return result;
        } catch (RuntimeException | Error e) {
            finished.accept(new Finished(format, false, 0, Duration.ofNanos(System.nanoTime() - started)));
            throw e;
        }
    }

    private ImportResult applied(long accountId, ImportFormat format, InputStream in, ImportOptions options,
                                 LocalDate today, Progress progress) {
        recover();
        if (format == ImportFormat.JSON) {
            JsonImport.requireEmpty(people, accountId);
        }
        ImportRun run = runs.begin(accountId);
        try {
            ImportResult result = format == ImportFormat.JSON ? restored(run, in, today)
                    : written(run, format, in, options, today, progress);
            run.finish();
            audit.record(accountId, AuditKind.IMPORTED, "imported " + format.name().toLowerCase(Locale.ROOT) + ": "
                    + result.read() + " read, " + result.created() + " created, " + result.updated() + " updated, "
                    + result.merged() + " merged, " + result.skippedCount() + " skipped");
            // The new people are found by "who knows" either way (a search rebuilds what is stale
            // first); indexing them now keeps that cost off the next search.
            progress.report("indexing", 0, 0);
            who.refresh(accountId);
            return result;
        } catch (RuntimeException | Error e) {
            if (run.wrote()) {
                progress.report("taking back", 0, 0);
            }
            run.takeBack(e);
            throw e;
        }
    }

    /**
     * Takes back imports that began and cannot finish: their process was killed, or their failure
     * could not undo itself at the time (the store was busy). Returns how many; cheap when none.
     */
    public int recover() {
        return runs.recover();
    }

    private ImportResult written(ImportRun run, ImportFormat format, InputStream in, ImportOptions options,
                                 LocalDate today, Progress progress) {
        long accountId = run.accountId();
        List<String> made = new ArrayList<>();
        Set<String> known = new HashSet<>();
        ImportPlan plan = plan(accountId, format, in, options, progress, (drafts, first) -> run.chunk(() -> run.journalingNewCircles(circles, () -> {
            makeCircles(accountId, drafts, known, made);
            List<Long> ids = people.addAll(accountId, drafts, today, Arrivals.from(first));
            run.created(ImportRuns.PEOPLE, ids);
            return ids;
        })), today, newPhotos -> run.chunk(() -> newPhotos.forEach((id, photo) -> photos.put(accountId, id, photo))));
        plan.flush();
        List<Map.Entry<Long, PersonDraft>> changes = new ArrayList<>(plan.changes().entrySet());
        for (int from = 0; from < changes.size(); from += UPDATES) {
            List<Map.Entry<Long, PersonDraft>> some = changes.subList(from, Math.min(changes.size(), from + UPDATES));
            run.chunk(() -> run.journalingNewCircles(circles, () -> {
                makeCircles(accountId, some.stream().map(Map.Entry::getValue).toList(), known, made);
                update(run, plan, some, format.source(), today);
                return null;
            }));
            progress.report("writing", from + some.size(), changes.size());
        }
        photosOfPeopleHere(run, plan.photosOfPeopleHere());
        progress.report("writing", plan.created, plan.created);
        return result(true, format, plan, made);
    }

    /**
     * The photos the file holds of people already here, set for those who have none, a chunk at a
     * time; journaled, so that taking the import back takes them away again.
     */
    private void photosOfPeopleHere(ImportRun run, Map<Long, Photo> found) {
        List<Map.Entry<Long, Photo>> all = new ArrayList<>(found.entrySet());
        for (int from = 0; from < all.size(); from += PHOTOS) {
            List<Map.Entry<Long, Photo>> some = all.subList(from, Math.min(all.size(), from + PHOTOS));
            run.chunk(() -> run.created(ImportRuns.PHOTOS, some.stream()
                    .filter(e -> photos.putIfNone(run.accountId(), e.getKey(), e.getValue())).map(Map.Entry::getKey).toList()));
        }
    }

    /**
     * Inside a chunk: people already here as the file has them now, with what they were before
     * journaled; the new role, company or town of those the import did not create is kept on
     * their timeline, and journaled too.
     */
    private void update(ImportRun run, ImportPlan plan, List<Map.Entry<Long, PersonDraft>> some, String source,
                        LocalDate today) {
        long accountId = run.accountId();
        List<ImportRuns.Before> before = people.get(accountId, some.stream().map(Map.Entry::getKey).toList())
                .stream().map(p -> new ImportRuns.Before(p.id(), p.toDraft())).toList();
        run.before(ImportRuns.PEOPLE_BEFORE, ImportRuns.beforeJson(before));
        Map<Long, PersonDraft> was = new HashMap<>();
        before.forEach(b -> was.put(b.id(), b.draft()));
        List<Long> recorded = new ArrayList<>();
        for (Map.Entry<Long, PersonDraft> change : some) {
            people.update(accountId, change.getKey(), change.getValue());
            if (!plan.createdHere(change.getKey()) && was.containsKey(change.getKey())) {
                recorded.addAll(profileChanges.record(accountId, change.getKey(), today, source,
                        ImportChanges.all(was.get(change.getKey()), change.getValue())));
            }
        }
        run.created(ImportRuns.CHANGES, recorded);
    }

    /**
     * The groups of these people that are no circle yet become circles without a rhythm (each
     * name looked up once per import); Monthly and the like are made with theirs on first use.
     */
    private void makeCircles(long accountId, List<PersonDraft> drafts, Set<String> known, List<String> made) {
        for (PersonDraft d : drafts) {
            for (String name : d.circles()) {
                if (known.add(name.strip().toLowerCase(Locale.ROOT)) && !conventional(name)
                        && circles.byName(accountId, name).isEmpty()) {
                    circles.add(accountId, name.strip(), null);
                    made.add(name.strip());
                }
            }
        }
    }

    private ImportResult restored(ImportRun run, InputStream in, LocalDate today) {
        JsonImport restoring = new JsonImport(restore, run, today);
        int brought = restoring.restore(in);
        return new ImportResult(true, ImportFormat.JSON.key(), brought, brought, 0, 0, 0, restoring.circlesMade(),
                List.of(), List.of(), 0, null, List.of(), 0, List.of(), List.of());
    }

    /**
     * A restore checked by doing it into a scratch store, then throwing that away: every check the
     * restore makes is made, and nothing here is written or locked.
     */
    private ImportResult restorePreview(long accountId, InputStream in, Progress progress) {
        JsonImport.requireEmpty(people, accountId);
        try (ImportScratch s = scratch.get()) {
            ImportResult tried = s.imports().apply(s.accountId(), ImportFormat.JSON, in, null, LocalDate.now(), progress);
            List<String> newCircles = tried.newCircles().stream().filter(name -> circles.byName(accountId, name).isEmpty())
                    .toList();
            return new ImportResult(false, ImportFormat.JSON.key(), tried.read(), tried.created(), 0, 0, 0, newCircles,
                    List.of(), List.of(), 0, null, List.of(), 0, List.of(), List.of());
        }
    }

    private ImportPlan plan(long accountId, ImportFormat format, InputStream in, ImportOptions options, Progress progress,
                            ImportPlan.Writer writer, LocalDate today) {
        return plan(accountId, format, in, options, progress, writer, today, null);
    }

    private ImportPlan plan(long accountId, ImportFormat format, InputStream in, ImportOptions options, Progress progress,
                            ImportPlan.Writer writer, LocalDate today, ImportPlan.PhotoWriter photoWriter) {
        String circle = options == null ? null : Fields.optional("circle", options.circle(), 100);
        if (circle != null && circles.byName(accountId, circle).isEmpty()
                && !conventional(circle)) {
            throw new Invalid("circle", "there is no circle \"" + circle + "\": create it first (kith circle add \""
                    + circle + "\" --every DAYS), or pick one of yours");
        }
        ImportPlan plan = new ImportPlan(people, identities, accountId, circle, writer, today, photoWriter);
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

            @Override
            public void group(GroupCard group) {
                plan.group(group);
                tell();
            }

            private void tell() {
                if (plan.read % 1_000 == 0) {
                    progress.report("reading", plan.read, 0);
                }
            }
        });
        plan.decideHeld();
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
                plan.unchanged, newCircles, rows, List.copyOf(plan.skipped), plan.skippedCount, plan.mapping,
                List.copyOf(plan.dropped), plan.droppedCount, plan.groupResults(), List.copyOf(plan.changed));
    }
}
