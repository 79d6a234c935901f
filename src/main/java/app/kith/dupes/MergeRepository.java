package app.kith.dupes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The merge's own table, and the rows of other features that name a person: a merge moves them
 * from one person to another as a whole, in the merge's transaction, without those features taking
 * part (they see the kept person as if it had always been theirs).
 */
class MergeRepository {

    /** A stored merge: the kept person's draft before it, as JSON, and what moved. */
    record Row(long id, long keptId, long mergedId, String keptName, String mergedName, String keptBefore,
               Moved moved, Instant mergedAt) {
    }

    private final JdbcClient jdbc;

    MergeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Finder.Named> living(long accountId) {
        return jdbc.sql("SELECT id, name, company FROM person WHERE account_id = :account AND deleted_at IS NULL ORDER BY id")
                .param("account", accountId)
                .query((rs, n) -> new Finder.Named(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    List<Long> introductionsBetween(long accountId, long x, long y) {
        return jdbc.sql("""
                SELECT id FROM introduction WHERE account_id = :account
                AND ((person_a = :x AND person_b = :y) OR (person_a = :y AND person_b = :x)) ORDER BY id
                """).param("account", accountId).param("x", x).param("y", y).query(Long.class).list();
    }

    /** What names a person: the rows a merge moves. */
    Moved rowsOf(long accountId, long personId) {
        return new Moved(ids("touchpoint", "person_id", accountId, personId), ids("ask", "person_id", accountId, personId),
                ids("introduction", "person_a", accountId, personId), ids("introduction", "person_b", accountId, personId),
                ids("introduction_event", "person_id", accountId, personId));
    }

    private List<Long> ids(String table, String column, long accountId, long personId) {
        return jdbc.sql("SELECT id FROM " + table + " WHERE account_id = :account AND " + column + " = :person ORDER BY id")
                .param("account", accountId).param("person", personId).query(Long.class).list();
    }

    /** Moves these rows from one person to another; a row that no longer names {@code from} stays. */
    void move(long accountId, Moved m, long from, long to) {
        move("touchpoint", "person_id", m.touchpoints(), accountId, from, to);
        move("ask", "person_id", m.asks(), accountId, from, to);
        move("introduction", "person_a", m.introsA(), accountId, from, to);
        move("introduction", "person_b", m.introsB(), accountId, from, to);
        move("introduction_event", "person_id", m.introEvents(), accountId, from, to);
    }

    private void move(String table, String column, List<Long> ids, long accountId, long from, long to) {
        for (List<Long> chunk : app.kith.Batches.of(ids)) {
            jdbc.sql("UPDATE " + table + " SET " + column + " = :to WHERE account_id = :account AND id IN (:ids) AND "
                            + column + " = :from")
                    .param("to", to).param("account", accountId).param("ids", chunk).param("from", from).update();
        }
    }

    long insert(long accountId, long keptId, long mergedId, String keptName, String mergedName, String keptBefore,
                Moved m, long now) {
        return jdbc.sql("""
                INSERT INTO person_merge (account_id, kept_id, merged_id, kept_name, merged_name, kept_before,
                    moved_touchpoints, moved_asks, moved_intros_a, moved_intros_b, moved_intro_events, merged_at)
                VALUES (:account, :kept, :merged, :keptName, :mergedName, :before, :touchpoints, :asks, :introsA,
                    :introsB, :introEvents, :now)
                RETURNING id
                """)
                .param("account", accountId).param("kept", keptId).param("merged", mergedId).param("keptName", keptName)
                .param("mergedName", mergedName).param("before", keptBefore)
                .param("touchpoints", Moved.text(m.touchpoints())).param("asks", Moved.text(m.asks()))
                .param("introsA", Moved.text(m.introsA())).param("introsB", Moved.text(m.introsB()))
                .param("introEvents", Moved.text(m.introEvents())).param("now", now)
                .query(Long.class).single();
    }

    private static final String COLUMNS = """
            id, kept_id, merged_id, kept_name, merged_name, kept_before, moved_touchpoints, moved_asks,
            moved_intros_a, moved_intros_b, moved_intro_events, merged_at
            """;

    Optional<Row> find(long accountId, long id, long since) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM person_merge WHERE account_id = :account AND id = :id AND merged_at >= :since")
                .param("account", accountId).param("id", id).param("since", since).query(MergeRepository::map).optional();
    }

    /** The merges made since an instant, the latest first. */
    List<Row> since(long accountId, long since) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM person_merge WHERE account_id = :account AND merged_at >= :since"
                        + " ORDER BY merged_at DESC, id DESC")
                .param("account", accountId).param("since", since).query(MergeRepository::map).list();
    }

    /** A later merge of either person of this one, which has to be undone first; empty when none. */
    Optional<Long> laterOf(long accountId, Row m) {
        return jdbc.sql("""
                SELECT id FROM person_merge WHERE account_id = :account AND id > :id
                AND (kept_id IN (:kept, :merged) OR merged_id IN (:kept, :merged)) ORDER BY id DESC LIMIT 1
                """)
                .param("account", accountId).param("id", m.id()).param("kept", m.keptId()).param("merged", m.mergedId())
                .query(Long.class).optional();
    }

    void delete(long accountId, long id) {
        jdbc.sql("DELETE FROM person_merge WHERE account_id = :account AND id = :id")
                .param("account", accountId).param("id", id).update();
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        Moved moved = new Moved(Moved.ids(rs.getString("moved_touchpoints")), Moved.ids(rs.getString("moved_asks")),
                Moved.ids(rs.getString("moved_intros_a")), Moved.ids(rs.getString("moved_intros_b")),
                Moved.ids(rs.getString("moved_intro_events")));
        return new Row(rs.getLong("id"), rs.getLong("kept_id"), rs.getLong("merged_id"), rs.getString("kept_name"),
                rs.getString("merged_name"), rs.getString("kept_before"), moved, Instant.ofEpochMilli(rs.getLong("merged_at")));
    }
}
