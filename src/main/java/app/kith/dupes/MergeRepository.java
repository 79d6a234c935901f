package app.kith.dupes;

import app.kith.intro.Reassigned;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The merge's own table: who was kept, who merged, the kept person before, and the ids each
 * feature reported moving, so that an undo can hand exactly those back to their features.
 */
class MergeRepository {

    /** A stored merge: the kept person's draft before it, as JSON, and what moved. */
    record Row(long id, long keptId, long mergedId, String keptName, String mergedName, String keptBefore,
               Moved moved, boolean photoCopied, Instant mergedAt) {
    }

    private final JdbcClient jdbc;

    MergeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long accountId, long keptId, long mergedId, String keptName, String mergedName, String keptBefore,
                Moved m, boolean photoCopied, long now) {
        return jdbc.sql("""
                INSERT INTO person_merge (account_id, kept_id, merged_id, kept_name, merged_name, kept_before,
                    moved_touchpoints, moved_asks, moved_intros_a, moved_intros_b, moved_intro_events, moved_reminders,
                    moved_key_dates, photo_copied, merged_at)
                VALUES (:account, :kept, :merged, :keptName, :mergedName, :before, :touchpoints, :asks, :introsA,
                    :introsB, :introEvents, :reminders, :keyDates, :photo, :now)
                RETURNING id
                """)
                .param("account", accountId).param("kept", keptId).param("merged", mergedId).param("keptName", keptName)
                .param("mergedName", mergedName).param("before", keptBefore)
                .param("touchpoints", Moved.text(m.touchpoints())).param("asks", Moved.text(m.asks()))
                .param("introsA", Moved.text(m.introductions().asA()))
                .param("introsB", Moved.text(m.introductions().asB()))
                .param("introEvents", Moved.text(m.introductions().events()))
                .param("reminders", Moved.text(m.reminders())).param("keyDates", Moved.text(m.keyDates()))
                .param("photo", photoCopied ? 1 : 0)
                .param("now", now)
                .query(Long.class).single();
    }

    private static final String COLUMNS = """
            id, kept_id, merged_id, kept_name, merged_name, kept_before, moved_touchpoints, moved_asks,
            moved_intros_a, moved_intros_b, moved_intro_events, moved_reminders, moved_key_dates, photo_copied, merged_at
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
                new Reassigned(Moved.ids(rs.getString("moved_intros_a")), Moved.ids(rs.getString("moved_intros_b")),
                        Moved.ids(rs.getString("moved_intro_events"))),
                Moved.ids(rs.getString("moved_reminders")), Moved.ids(rs.getString("moved_key_dates")));
        return new Row(rs.getLong("id"), rs.getLong("kept_id"), rs.getLong("merged_id"), rs.getString("kept_name"),
                rs.getString("merged_name"), rs.getString("kept_before"), moved, rs.getInt("photo_copied") == 1,
                Instant.ofEpochMilli(rs.getLong("merged_at")));
    }
}
