package app.kith.web.io;

import app.kith.Conflict;
import app.kith.Invalid;
import app.kith.db.Database;
import app.kith.io.ImportResult;
import app.kith.io.Imports;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Imports that run while the page shows how far they have got: a large file takes seconds to
 * read and write, longer than a request should wait. Two run at a time on each node, the rest
 * wait their turn; what they do is written to the store ({@link ImportJobStore}), so the page and
 * its progress bar may ask any node. A job is seen only by its account.
 *
 * <p>A job ends, whatever stops it: an error of any kind (the server running out of memory
 * included) is what the page then shows, never a progress bar that no longer moves. While a job
 * waits or runs, its node beats for it; when the node dies, the beats stop and the page says the
 * import stopped. The job owns its upload: the file is removed when the job ends (a preview's
 * waits for its confirmation in {@link PendingImports}, where any node finds it).
 */
@Component
class ImportJobs implements AutoCloseable {

    /** Progress is written at most this often (and at each new stage): enough for a bar asked every second. */
    private static final long PROGRESS_NANOS = Duration.ofMillis(250).toNanos();
    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);

    private final ImportUploads uploads;
    private final ImportJobStore store;
    /** The jobs waiting or running on this node, by id: their account, to beat for them. */
    private final Map<String, Long> here = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> daemon(r, "kith-import"));
    private final ScheduledExecutorService heart = Executors.newSingleThreadScheduledExecutor(
            r -> daemon(r, "kith-import-heartbeat"));

    ImportJobs(ImportUploads uploads, ImportJobStore store,
               @Value("${kith.imports.job-heartbeat:PT10S}") Duration heartbeat) {
        this.uploads = uploads;
        this.store = store;
        // A thread of its own: a busy scheduler or a long chunk never delays the beat into "stopped".
        heart.scheduleWithFixedDelay(this::beat, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Starts {@code work} on the uploaded {@code file}, work which reports its progress; returns the job's id. */
    String start(long accountId, String fileName, boolean applying, Path file,
                 Function<Imports.Progress, ImportResult> work) {
        return start(UUID.randomUUID().toString(), accountId, fileName, applying, file, work);
    }

    /** The same, under an id chosen by the caller (a preview's, already waiting under it). */
    String start(String id, long accountId, String fileName, boolean applying, Path file,
                 Function<Imports.Progress, ImportResult> work) {
        try {
            store.begin(accountId, id, fileName, applying);
        } catch (RuntimeException e) {
            uploads.delete(file);
            throw e;
        }
        here.put(id, accountId);
        workers.execute(() -> {
            try {
                store.done(accountId, id, work.apply(new Reporter(accountId, id)));
            } catch (Invalid e) {
                store.failed(accountId, id, "refused", e.getMessage(), e.field());
            } catch (Conflict e) {
                // A JSON export goes into an empty Kith only: said as plainly as a refused file.
                store.failed(accountId, id, "refused", e.getMessage(), "file");
            } catch (Throwable e) {
                // An Error too: the worker's thread would die with it, and the page wait for nothing.
                LOG.error("The import job {} stopped", id, e); // not the file name: it can be a person's
                failed(accountId, id, e);
            } finally {
                here.remove(id);
                uploads.delete(file);
            }
        });
        return id;
    }

    private void failed(long accountId, String id, Throwable e) {
        try {
            store.failed(accountId, id, "failed", stopped(e), "form");
        } catch (RuntimeException unwritten) {
            // The store is gone too: without its beats, the job reads as stopped within a minute.
            LOG.warn("Could not write the end of the import job {}: {}", id, unwritten.getMessage());
        }
    }

    /**
     * Why an import stopped, in the user's words. Whatever it had written is taken back before it
     * ends; when even that failed (the store busy), the server takes it back as soon as it can.
     */
    private static String stopped(Throwable e) {
        String why = e instanceof OutOfMemoryError
                ? "The import stopped: the file needs more memory than the server has, and nothing was written."
                + " Split it, and import the parts one after the other."
                : Database.full(e) ? "The import stopped. " + Database.FULL_MESSAGE
                : Database.busy(e) ? "The import stopped. " + Database.BUSY_MESSAGE
                : "The import stopped on an unexpected error, and nothing was written. The server log has the details.";
        return e.getSuppressed().length == 0 ? why
                : why + " What it had written is being taken back; it is gone within a minute.";
    }

    /** The job, if it is this account's, as the node running it last wrote it. */
    Optional<ImportJob> get(long accountId, String id) {
        return id == null ? Optional.empty() : store.find(accountId, id);
    }

    /** Uploads no job removed (none should be left): their files go once they have waited an hour. */
    @Scheduled(initialDelayString = "${kith.imports.expire-every:PT5M}", fixedDelayString = "${kith.imports.expire-every:PT5M}")
    void expireUploads() {
        uploads.expire(ImportUploads.KEEP);
    }

    private void beat() {
        here.forEach((id, accountId) -> {
            try {
                store.beat(accountId, id);
            } catch (RuntimeException e) {
                LOG.warn("Could not beat for the import job {}: {}", id, e.getMessage());
            }
        });
    }

    @Override
    public void close() {
        heart.shutdownNow();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Writes a job's progress to the store: at each new stage, else at most every 250 ms. */
    private final class Reporter implements Imports.Progress {

        private final long accountId;
        private final String id;
        private String stage = "waiting";
        private long written = System.nanoTime() - PROGRESS_NANOS;

        Reporter(long accountId, String id) {
            this.accountId = accountId;
            this.id = id;
        }

        @Override
        public void report(String stage, long done, long total) {
            long now = System.nanoTime();
            if (stage.equals(this.stage) && now - written < PROGRESS_NANOS) {
                return;
            }
            this.stage = stage;
            written = now;
            try {
                store.progress(accountId, id, stage, total > 0 ? (double) done / total : -1);
            } catch (RuntimeException e) {
                // The bar stays behind a moment; the import itself goes on.
                LOG.warn("Could not write the progress of the import job {}: {}", id, e.getMessage());
            }
        }
    }
}
