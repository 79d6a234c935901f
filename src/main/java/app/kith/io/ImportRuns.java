package app.kith.io;

import app.kith.NotFound;
import app.kith.account.Accounts;
import app.kith.account.SettingsChange;
import app.kith.circle.Circles;
import app.kith.message.Messages;
import app.kith.person.People;
import app.kith.person.PersonDraft;
import app.kith.person.Photos;
import app.kith.person.ProfileChanges;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The imports being written in the store, and taking back the ones that cannot finish. A run is
 * signed by the process writing it (host, pid, the process's start, a token of the run's own): a
 * run whose process is gone, or that this process no longer writes, is taken back at once; a run
 * of another host, once its lease lapses (every chunk renews it).
 */
final class ImportRuns {

    /** How long a run may go without writing a chunk before another node takes it back. */
    static final Duration LEASE = Duration.ofMinutes(10);

    /** Journal kinds: what a chunk created, and what it changed as it was. */
    static final String PEOPLE = "people";
    static final String CIRCLES = "circles";
    static final String TEMPLATES = "templates";
    static final String PHOTOS = "photos";
    static final String PEOPLE_BEFORE = "people-before";
    /** The profile changes an update recorded on people already here (their new role, company, town). */
    static final String CHANGES = "changes";
    static final String SETTINGS_BEFORE = "settings-before";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HOST = host();
    private static final long PID = ProcessHandle.current().pid();
    private static final long STARTED = started(ProcessHandle.current());
    /** The tokens of the runs this process is writing or taking back, in any store it has open. */
    private static final Set<String> ACTIVE = ConcurrentHashMap.newKeySet();

    /** One row of the journal of updated people: who, and what they were before. */
    record Before(long id, PersonDraft draft) {
    }

    private final ImportRunRepository repository;
    private final TransactionOperations tx;
    private final People people;
    private final Photos photos;
    private final Circles circles;
    private final Messages messages;
    private final Accounts accounts;
    private final ProfileChanges profileChanges;

    ImportRuns(JdbcClient jdbc, TransactionOperations tx, People people, Photos photos, Circles circles,
               Messages messages, Accounts accounts, ProfileChanges profileChanges) {
        this.repository = new ImportRunRepository(jdbc);
        this.tx = tx;
        this.people = people;
        this.photos = photos;
        this.circles = circles;
        this.messages = messages;
        this.accounts = accounts;
        this.profileChanges = profileChanges;
    }

    ImportRun begin(long accountId) {
        String owner = newOwner();
        long id = tx.execute(s -> repository.insert(accountId, owner, leaseFromNow(), System.currentTimeMillis()));
        return new ImportRun(this, repository, tx, accountId, id, owner);
    }

    boolean renew(ImportRun run) {
        return repository.renew(run.id(), run.owner(), leaseFromNow());
    }

    void ended(ImportRun run) {
        ACTIVE.remove(token(run.owner()));
    }

    static String beforeJson(List<Before> before) {
        return JSON.writeValueAsString(before);
    }

    static String settingsJson(SettingsChange before) {
        return JSON.writeValueAsString(before);
    }

    /**
     * Takes back every run whose writer is gone (a killed process, a failure that could not undo
     * itself); returns how many.
     */
    int recover() {
        int taken = 0;
        for (ImportRunRepository.Run seen : repository.all()) {
            if (!ownerless(seen)) {
                continue;
            }
            String owner = newOwner();
            try {
                if (Boolean.TRUE.equals(tx.execute(s -> repository.claim(seen, owner, leaseFromNow())))) {
                    undo(new ImportRun(this, repository, tx, seen.accountId(), seen.id(), owner));
                    taken++;
                }
            } finally {
                ACTIVE.remove(token(owner));
            }
        }
        return taken;
    }

    /** Every chunk of the run undone, the last first, each in a transaction of its own; then the run goes. */
    void undo(ImportRun run) {
        for (ImportRunRepository.Entry entry : repository.journal(run.id())) {
            tx.executeWithoutResult(s -> {
                undo(run.accountId(), entry);
                repository.forget(entry.id());
            });
            LockSupport.parkNanos(2_000_000);
        }
        tx.executeWithoutResult(s -> repository.delete(run.id()));
    }

    private void undo(long accountId, ImportRunRepository.Entry entry) {
        switch (entry.kind()) {
            case PEOPLE -> people.erase(accountId, ImportRun.ids(entry.data()));
            case CHANGES -> profileChanges.erase(accountId, ImportRun.ids(entry.data()));
            case CIRCLES -> ImportRun.ids(entry.data()).forEach(id -> ignoringGone(() -> circles.erase(accountId, id)));
            case PHOTOS -> photos.delete(accountId, ImportRun.ids(entry.data()));
            case TEMPLATES -> ImportRun.ids(entry.data()).forEach(id -> ignoringGone(() -> messages.erase(accountId, id)));
            case PEOPLE_BEFORE -> JSON.readValue(entry.data(), new TypeReference<List<Before>>() { })
                    .forEach(b -> ignoringGone(() -> people.update(accountId, b.id(), b.draft())));
            case SETTINGS_BEFORE -> accounts.changeSettings(accountId, JSON.readValue(entry.data(), SettingsChange.class));
            default -> throw new IllegalStateException("an import journal entry of an unknown kind: " + entry.kind());
        }
    }

    /** Whatever was deleted since the import wrote it needs no taking back. */
    private static void ignoringGone(Runnable undo) {
        try {
            undo.run();
        } catch (NotFound gone) {
            // already gone
        }
    }

    private static boolean ownerless(ImportRunRepository.Run run) {
        String[] owner = run.owner().split(" ");
        if (owner.length != 4) {
            return run.leaseUntil() < System.currentTimeMillis();
        }
        if (!owner[0].equals(HOST)) {
            return run.leaseUntil() < System.currentTimeMillis();
        }
        long pid = Long.parseLong(owner[1]);
        long started = Long.parseLong(owner[2]);
        if (pid == PID && started == STARTED) {
            return !ACTIVE.contains(owner[3]);
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        return process.isEmpty() || started(process.get()) != started;
    }

    private static String newOwner() {
        String token = UUID.randomUUID().toString();
        ACTIVE.add(token);
        return HOST + " " + PID + " " + STARTED + " " + token;
    }

    private static String token(String owner) {
        return owner.substring(owner.lastIndexOf(' ') + 1);
    }

    private static long leaseFromNow() {
        return System.currentTimeMillis() + LEASE.toMillis();
    }

    private static long started(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }

    /** The machine's name, without a network lookup (which can hang where DNS is broken). */
    private static String host() {
        try {
            String name = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
            if (!name.isEmpty()) {
                return name.replace(' ', '_');
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall back on the environment
        }
        String env = System.getenv("HOSTNAME");
        return env == null || env.isBlank() ? "localhost" : env.strip().replace(' ', '_');
    }
}
