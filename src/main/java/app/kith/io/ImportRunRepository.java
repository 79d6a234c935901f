package app.kith.io;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The imports being written, and the journal of what each chunk wrote (see the V10 migration). */
final class ImportRunRepository {

    /** An import being written or taken back, as recovery sees it. */
    record Run(long id, long accountId, String owner, String state, long leaseUntil) {
    }

    /** One chunk's worth of what to take back. */
    record Entry(long id, String kind, String data) {
    }

    private final JdbcClient jdbc;

    ImportRunRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long accountId, String owner, long leaseUntil, long now) {
        return jdbc.sql("""
                INSERT INTO import_run (account_id, owner, state, lease_until, started_at)
                VALUES (:account, :owner, 'running', :lease, :now) RETURNING id
                """)
                .param("account", accountId).param("owner", owner).param("lease", leaseUntil).param("now", now)
                .query(Long.class).single();
    }

    /** Extends a running import's lease; false when it is no longer running (it is being taken back). */
    boolean renew(long id, String owner, long leaseUntil) {
        return jdbc.sql("UPDATE import_run SET lease_until = :lease WHERE id = :id AND owner = :owner AND state = 'running'")
                .param("lease", leaseUntil).param("id", id).param("owner", owner).update() == 1;
    }

    void journal(long accountId, long runId, String kind, String data) {
        jdbc.sql("INSERT INTO import_undo (account_id, run_id, kind, data) VALUES (:account, :run, :kind, :data)")
                .param("account", accountId).param("run", runId).param("kind", kind).param("data", data).update();
    }

    /** The run's journal, the last chunk first: taken back in the reverse order it was written. */
    List<Entry> journal(long runId) {
        return jdbc.sql("SELECT id, kind, data FROM import_undo WHERE run_id = :run ORDER BY id DESC")
                .param("run", runId)
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    void forget(long entryId) {
        jdbc.sql("DELETE FROM import_undo WHERE id = :id").param("id", entryId).update();
    }

    /** A finished or taken-back run goes, with its journal (the schema cascades). */
    void delete(long id) {
        jdbc.sql("DELETE FROM import_run WHERE id = :id").param("id", id).update();
    }

    /** Every run in the store, of every account: a handful at most. */
    List<Run> all() {
        return jdbc.sql("SELECT id, account_id, owner, state, lease_until FROM import_run ORDER BY id")
                .query((rs, n) -> new Run(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5)))
                .list();
    }

    /** Takes a run over to take it back, unless someone else changed it since it was seen. */
    boolean claim(Run seen, String owner, long leaseUntil) {
        return jdbc.sql("""
                UPDATE import_run SET owner = :owner, state = 'undoing', lease_until = :lease
                WHERE id = :id AND owner = :seenOwner AND state = :seenState AND lease_until = :seenLease
                """)
                .param("owner", owner).param("lease", leaseUntil).param("id", seen.id())
                .param("seenOwner", seen.owner()).param("seenState", seen.state()).param("seenLease", seen.leaseUntil())
                .update() == 1;
    }
}
