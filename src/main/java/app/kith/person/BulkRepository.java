package app.kith.person;

import app.kith.Batches;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The SQL of changes made to many people at once, a chunk of ids per statement. */
class BulkRepository {

    private static final String AWESOME = "why IN ('awesome', 'both')";
    private static final String CONNECTOR = "why IN ('connector', 'both')";

    private final JdbcClient jdbc;

    BulkRepository(JdbcTemplate jdbcTemplate) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
    }

    /** Those of these ids that are the account's living people. */
    Set<Long> living(long accountId, Collection<Long> ids) {
        Set<Long> found = new HashSet<>();
        for (List<Long> chunk : Batches.of(ids)) {
            found.addAll(jdbc.sql("SELECT id FROM person WHERE account_id = :account AND id IN (:ids) AND deleted_at IS NULL")
                    .param("account", accountId).param("ids", chunk).query(Long.class).list());
        }
        return found;
    }

    /** Sets their own rhythm, and with it the rhythm in force and the due date; returns how many had another. */
    int setOwnRhythm(long accountId, Collection<Long> ids, int days, long now) {
        return update(ids, """
                UPDATE person SET own_rhythm_days = :days, rhythm_days = :days,
                                  due_day = COALESCE(last_touch_day, started_day) + :days, updated_at = :now
                WHERE account_id = :account AND id IN (:ids) AND deleted_at IS NULL
                  AND (own_rhythm_days IS NULL OR own_rhythm_days <> :days)
                """, accountId, now, days);
    }

    /** Clears their own rhythm (the caller works out their circles'); returns how many had one. */
    int clearOwnRhythm(long accountId, Collection<Long> ids, long now) {
        return update(ids, """
                UPDATE person SET own_rhythm_days = NULL, updated_at = :now
                WHERE account_id = :account AND id IN (:ids) AND deleted_at IS NULL AND own_rhythm_days IS NOT NULL
                """, accountId, now, null);
    }

    /**
     * Switches awesome and connector on (true), off (false) or leaves them (null) in the one
     * {@code why} column; returns how many changed. The SQL is made of fixed parts only.
     */
    int setWhy(long accountId, Collection<Long> ids, Boolean awesome, Boolean connector, long now) {
        String a = awesome == null ? AWESOME : awesome ? "1 = 1" : "1 = 0";
        String c = connector == null ? CONNECTOR : connector ? "1 = 1" : "1 = 0";
        String why = "CASE WHEN (%1$s) AND (%2$s) THEN 'both' WHEN (%1$s) THEN 'awesome' WHEN (%2$s) THEN 'connector' END"
                .formatted(a, c);
        return update(ids, """
                UPDATE person SET why = %1$s, updated_at = :now
                WHERE account_id = :account AND id IN (:ids) AND deleted_at IS NULL
                  AND COALESCE(why, '') <> COALESCE(%1$s, '')
                """.formatted(why), accountId, now, null);
    }

    /** Deletes softly, marking them all with {@code batch}: what {@link #undelete} brings back. */
    int softDelete(long accountId, Collection<Long> ids, long now, long batch) {
        int deleted = 0;
        for (List<Long> chunk : Batches.of(new ArrayList<>(ids))) {
            deleted += jdbc.sql("""
                    UPDATE person SET deleted_at = :now, deleted_batch = :batch
                    WHERE account_id = :account AND id IN (:ids) AND deleted_at IS NULL
                    """)
                    .param("now", now).param("batch", batch).param("account", accountId).param("ids", chunk).update();
        }
        return deleted;
    }

    /** The people of a batch still deleted, deleted at or after {@code since}. */
    List<Long> inBatch(long accountId, long batch, long since) {
        return jdbc.sql("""
                SELECT id FROM person
                WHERE account_id = :account AND deleted_batch = :batch AND deleted_at IS NOT NULL AND deleted_at >= :since
                ORDER BY id
                """)
                .param("account", accountId).param("batch", batch).param("since", since).query(Long.class).list();
    }

    int undelete(long accountId, long batch, long since) {
        return jdbc.sql("""
                UPDATE person SET deleted_at = NULL, deleted_batch = NULL
                WHERE account_id = :account AND deleted_batch = :batch AND deleted_at IS NOT NULL AND deleted_at >= :since
                """)
                .param("account", accountId).param("batch", batch).param("since", since).update();
    }

    private int update(Collection<Long> ids, String sql, long accountId, long now, Integer days) {
        int changed = 0;
        for (List<Long> chunk : Batches.of(new ArrayList<>(ids))) {
            var spec = jdbc.sql(sql).param("account", accountId).param("ids", chunk).param("now", now);
            if (days != null) {
                spec = spec.param("days", days);
            }
            changed += spec.update();
        }
        return changed;
    }
}
