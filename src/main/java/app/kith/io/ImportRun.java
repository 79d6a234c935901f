package app.kith.io;

import app.kith.Conflict;
import app.kith.circle.Circles;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.transaction.support.TransactionOperations;

/**
 * One import being written: a chunk at a time, each chunk a short transaction of its own, so that
 * other writers (other accounts' requests, a command, the server) get the store between chunks and
 * wait at most a chunk. Each chunk journals what it wrote in the same transaction, so the import
 * stays all or nothing: {@link #takeBack} undoes every chunk written, and if the process dies
 * first, {@link ImportRuns#recover} does it from the journal.
 */
final class ImportRun {

    /**
     * After each chunk, the lock is left free this long: a writer waiting for it looks every
     * millisecond (see the store's lock wait), so it gets its turn before the next chunk.
     */
    private static final long PAUSE_NANOS = 2_000_000;

    private final ImportRuns runs;
    private final ImportRunRepository journal;
    private final TransactionOperations tx;
    private final long accountId;
    private final long id;
    private final String owner;
    /** Whether any chunk was written: a run that wrote nothing has nothing to take back. */
    private boolean wrote;

    ImportRun(ImportRuns runs, ImportRunRepository journal, TransactionOperations tx, long accountId, long id,
              String owner) {
        this.runs = runs;
        this.journal = journal;
        this.tx = tx;
        this.accountId = accountId;
        this.id = id;
        this.owner = owner;
    }

    String owner() {
        return owner;
    }

    boolean wrote() {
        return wrote;
    }

    long accountId() {
        return accountId;
    }

    long id() {
        return id;
    }

    /**
     * Writes one chunk in a transaction of its own, renewing the run's lease. If the run was
     * taken back meanwhile (it went quiet for longer than its lease), nothing is written.
     */
    <T> T chunk(Supplier<T> write) {
        T result = tx.execute(s -> {
            if (!runs.renew(this)) {
                throw new Conflict("file", "The import paused for longer than " + ImportRuns.LEASE.toMinutes()
                        + " minutes and was taken back; nothing of it is left. Import the file again.");
            }
            return write.get();
        });
        wrote = true;
        LockSupport.parkNanos(PAUSE_NANOS);
        return result;
    }

    void chunk(Runnable write) {
        chunk(() -> {
            write.run();
            return null;
        });
    }

    /** Inside a chunk: the people, circles or message starters it created. */
    void created(String kind, Collection<Long> ids) {
        if (!ids.isEmpty()) {
            journal.journal(accountId, id, kind, ids.stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
    }

    /**
     * Inside a chunk: runs {@code write} and journals the circles it made, the ones named by the
     * file and the Monthly-like ones made on first use, so a taken-back import takes them too.
     * The chunk's transaction holds the store, so every circle of the account that appears
     * meanwhile is the chunk's.
     */
    <T> T journalingNewCircles(Circles circles, Supplier<T> write) {
        Set<Long> before = circles.ids(accountId);
        T result = write.get();
        created(ImportRuns.CIRCLES, circles.ids(accountId).stream().filter(id -> !before.contains(id)).sorted().toList());
        return result;
    }

    /** Inside a chunk: what it is about to change, as it was (JSON), to put back. */
    void before(String kind, String json) {
        journal.journal(accountId, id, kind, json);
    }

    /** The import is whole: its journal goes. */
    void finish() {
        tx.executeWithoutResult(s -> journal.delete(id));
        runs.ended(this);
    }

    /**
     * The import failed: everything its chunks wrote is taken back. A failure to do so (the store
     * busy or gone) is added to {@code failure} and left to {@link ImportRuns#recover}, which will
     * find the run ownerless once this process no longer claims it.
     */
    void takeBack(Throwable failure) {
        try {
            runs.undo(this);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        } finally {
            runs.ended(this);
        }
    }

    static List<Long> ids(String data) {
        return data.isEmpty() ? List.of()
                : java.util.Arrays.stream(data.split(",")).map(Long::valueOf).toList();
    }
}
