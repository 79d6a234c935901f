package app.kith.web.io;

import app.kith.db.Database;
import app.kith.io.ImportResult;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import jobs' rows, which any node reads: the node running a job writes its progress, its
 * heartbeat and its end. A job not heard of for {@code kith.imports.job-stale-after} (a minute;
 * the running node beats every few seconds) stopped with its node, and reads as stopped. Every
 * job goes an hour after it was last heard of.
 */
@Component
class ImportJobStore {

    static final Duration KEEP = Duration.ofHours(1);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration staleAfter;

    ImportJobStore(Database database, Clock clock, @Value("${kith.imports.job-stale-after:PT1M}") Duration staleAfter) {
        this.jdbc = JdbcClient.create(database.dataSource());
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    void begin(long accountId, String id, String fileName, boolean applying) {
        long now = clock.millis();
        jdbc.sql("""
                INSERT INTO import_job (account_id, id, file_name, applying, stage, done, started_at, updated_at)
                VALUES (:account, :id, :name, :applying, 'waiting', -1, :now, :now)
                """)
                .param("account", accountId).param("id", id).param("name", fileName).param("applying", applying ? 1 : 0)
                .param("now", now).update();
    }

    void progress(long accountId, String id, String stage, double done) {
        jdbc.sql("""
                UPDATE import_job SET stage = :stage, done = :done, updated_at = :now
                WHERE account_id = :account AND id = :id AND ended_at IS NULL
                """)
                .param("stage", stage).param("done", done).param("now", clock.millis())
                .param("account", accountId).param("id", id).update();
    }

    /** The running node is still there: its job is not taken for stopped. */
    void beat(long accountId, String id) {
        jdbc.sql("UPDATE import_job SET updated_at = :now WHERE account_id = :account AND id = :id AND ended_at IS NULL")
                .param("now", clock.millis()).param("account", accountId).param("id", id).update();
    }

    void done(long accountId, String id, ImportResult result) {
        end(accountId, id, "done", JSON.writeValueAsString(result), null, null);
    }

    void failed(long accountId, String id, String stage, String error, String errorField) {
        end(accountId, id, stage, null, error, errorField);
    }

    private void end(long accountId, String id, String stage, String result, String error, String errorField) {
        long now = clock.millis();
        jdbc.sql("""
                UPDATE import_job SET stage = :stage, done = 1, result = :result, error = :error,
                    error_field = :field, updated_at = :now, ended_at = :now
                WHERE account_id = :account AND id = :id
                """)
                .param("stage", stage).param("result", result).param("error", error).param("field", errorField)
                .param("now", now).param("account", accountId).param("id", id).update();
    }

    /** The account's job; one its node stopped beating for reads as stopped, with why. */
    Optional<ImportJob> find(long accountId, String id) {
        long stale = clock.millis() - staleAfter.toMillis();
        return jdbc.sql("""
                SELECT id, account_id, file_name, applying, stage, done, result, error, error_field, updated_at, ended_at
                FROM import_job WHERE account_id = :account AND id = :id
                """)
                .param("account", accountId).param("id", id)
                .query((rs, n) -> {
                    boolean applying = rs.getInt(4) == 1;
                    rs.getLong(11);
                    boolean ended = !rs.wasNull();
                    if (!ended && rs.getLong(10) < stale) {
                        return new ImportJob(rs.getString(1), rs.getLong(2), rs.getString(3), applying, "stopped", 1,
                                null, stopped(applying), "form");
                    }
                    String result = rs.getString(7);
                    return new ImportJob(rs.getString(1), rs.getLong(2), rs.getString(3), applying, rs.getString(5),
                            rs.getDouble(6), result == null ? null : JSON.readValue(result, ImportResult.class),
                            rs.getString(8), rs.getString(9));
                })
                .optional();
    }

    /**
     * Why a job whose node went away says no more. An import writes a chunk at a time with a
     * journal, and a node finds the import of one gone and takes back what it wrote.
     */
    private static String stopped(boolean applying) {
        return applying
                ? "The import stopped: the server running it went away before it finished. Nothing of it is kept:"
                + " what it had written is being taken back, in ten minutes or so. Then choose the file again."
                : "The preview stopped: the server making it went away. Nothing was written. Choose the file again.";
    }

    /** Jobs not heard of for an hour, every account's: any node may sweep, twice is harmless. */
    @Scheduled(initialDelayString = "${kith.imports.expire-every:PT5M}", fixedDelayString = "${kith.imports.expire-every:PT5M}")
    int expire() {
        return jdbc.sql("DELETE FROM import_job WHERE updated_at <= :since")
                .param("since", clock.millis() - KEEP.toMillis()).update();
    }
}
