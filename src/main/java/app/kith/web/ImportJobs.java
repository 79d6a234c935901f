package app.kith.web;

import app.kith.Conflict;
import app.kith.Invalid;
import app.kith.io.ImportResult;
import app.kith.io.Imports;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Imports that run while the page shows how far they have got: a large file takes seconds to
 * read and write, longer than a request should wait. A job is seen only by its account, and
 * forgotten an hour after it ends; two run at a time, the rest wait their turn.
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

    private static final long KEEP_MILLIS = 60 * 60 * 1000L;

    private final Map<String, State> jobs = new ConcurrentHashMap<>();
    private final Map<String, Long> endedAt = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "kith-import");
        t.setDaemon(true);
        return t;
    });

    /** Starts {@code work}, which reports its progress; returns the job's id. */
    String start(long accountId, String fileName, boolean applying, Function<Imports.Progress, ImportResult> work) {
        forgetOld();
        String id = UUID.randomUUID().toString();
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
                jobs.put(id, new State(id, accountId, fileName, applying, "failed", 1, null,
                        "The import stopped on an error and wrote nothing: " + e.getMessage(), "form"));
            } finally {
                endedAt.put(id, System.currentTimeMillis());
            }
        });
        return id;
    }

    /** The job, if it is this account's. */
    Optional<State> get(long accountId, String id) {
        State s = id == null ? null : jobs.get(id);
        return s != null && s.accountId() == accountId ? Optional.of(s) : Optional.empty();
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
