package app.kith.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

class AuditRepository {

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long accountId, long at, String kind, String detail, Origin origin) {
        jdbc.sql("""
                INSERT INTO audit_event (account_id, at, kind, detail, ip, agent)
                VALUES (:account, :at, :kind, :detail, :ip, :agent)
                """)
                .param("account", accountId).param("at", at).param("kind", kind).param("detail", detail)
                .param("ip", origin.ip()).param("agent", origin.agent())
                .update();
    }

    /** Newest first, from {@code before} (an event id, exclusive; null: the newest). */
    List<AuditEvent> page(long accountId, Long before, int limit) {
        return jdbc.sql("""
                SELECT id, at, kind, detail, ip, agent FROM audit_event
                WHERE account_id = :account AND id < :before
                ORDER BY id DESC LIMIT :limit
                """)
                .param("account", accountId).param("before", before == null ? Long.MAX_VALUE : before)
                .param("limit", limit)
                .query((rs, n) -> new AuditEvent(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    int purge(long before) {
        return jdbc.sql("DELETE FROM audit_event WHERE at < :before").param("before", before).update();
    }
}
