package app.kith.web.io;

import app.kith.Conflict;
import app.kith.Invalid;
import app.kith.db.Database;
import app.kith.io.ImportResult;
import app.kith.io.Imports;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Imports that run while the page shows how far they have got: a large file takes seconds to
 * read and write, longer than a request should wait. A job is seen only by its account, and
 * forgotten an hour after it ends; two run at a time, the rest wait their turn.
 *
 * <p>A job ends, whatever stops it: an error of any kind (the server running out of memory
 * included) is what the page then shows, never a progress bar that no longer moves. The job owns
 * its upload: the file is removed when the job ends (a preview's waits for its confirmation in
 * {@link PendingImports}, where any node finds it).
 */
@Component
class ImportJobs {

    /** A job as the page shows it: its stage, how far (a fraction, -1 when unknown), and its end. */
    record State(String id, long accountId, String fileName, boolean applying, String stage, double done,
                 ImportResult result, String error, String errorField) {

        boolean finished() {
            return result != null || error != null;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);
    private static final long KEEP_MILLIS = 60 * 60 * 1000L;

    private final ImportUploads uploads;
    private final Map<String, State> jobs = new ConcurrentHashMap<>();
    private final Map<String, Long> endedAt = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "kith-import");
        t.setDaemon(true);
        return t;
    });

    ImportJobs(ImportUploads uploads) {
        this.uploads = uploads;
    }

    /** Starts {@code work} on the uploaded {@code file}, work which reports its progress; returns the job's id. */
    String start(long accountId, String fileName, boolean applying, Path file,
                 Function<Imports.Progress, ImportResult> work) {
        return start(UUID.randomUUID().toString(), accountId, fileName, applying, file, work);
    }

    /** The same, under an id chosen by the caller (a preview's, already waiting under it). */
    String start(String id, long accountId, String fileName, boolean applying, Path file,
                 Function<Imports.Progress, ImportResult> work) {
        forgetOld();
        jobs.put(id, new State(id, accountId, fileName, applying, "waiting", -1, null, null, null));
        workers.execute(() -> {
            try {
                ImportResult result = work.apply((stage, done, total) -> jobs.computeIfPresent(id, (k, s) ->
                        new State(id, accountId, fileName, applying, stage, total > 0 ? (double) done / total : -1, null,
                                null, null)));
                jobs.put(id, new State(id, accountId, fileName, applying, "done", 1, result, null, null));
            } catch (Invalid e) {
                jobs.put(id, new State(id, accountId, fileName, applying, "refused", 1, null, e.getMessage(), e.field()));
            } catch (Conflict e) {
                // A JSON export goes into an empty Kith only: said as plainly as a refused file.
                jobs.put(id, new State(id, accountId, fileName, applying, "refused", 1, null, e.getMessage(), "file"));
            } catch (RuntimeException e) {
                LOG.error("The import job {} stopped", id, e); // not the file name: it can be a person's
                jobs.put(id, new State(id, accountId, fileName, applying, "failed", 1, null, stopped(e), "form"));
            } catch (Throwable e) {
                // The worker's thread would die with it, and the page wait forever: the job ends here.
                LOG.error("The import job {} stopped", id, e);
                jobs.put(id, new State(id, accountId, fileName, applying, "failed", 1, null, stopped(e), "form"));
            } finally {
                uploads.delete(file);
                endedAt.put(id, System.currentTimeMillis());
            }
        });
        return id;
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

    /** The job, if it is this account's. */
    Optional<State> get(long accountId, String id) {
        State s = id == null ? null : jobs.get(id);
        return s != null && s.accountId() == accountId ? Optional.of(s) : Optional.empty();
    }

    /** Uploads nobody confirmed (the conversations import's): their files go once they have waited an hour. */
    @Scheduled(initialDelayString = "${kith.imports.expire-every:PT5M}", fixedDelayString = "${kith.imports.expire-every:PT5M}")
    void expireUploads() {
        uploads.expire(ImportUploads.KEEP);
    }

    private void forgetOld() {
        long now = System.currentTimeMillis();
        endedAt.forEach((id, at) -> {
            if (now - at > KEEP_MILLIS) {
                jobs.remove(id);
                endedAt.remove(id);
            }
        });
    }
}
