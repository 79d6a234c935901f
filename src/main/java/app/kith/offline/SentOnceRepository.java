package app.kith.offline;

import java.util.OptionalLong;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The ids of changes sent, per account. */
class SentOnceRepository {

    private final JdbcClient jdbc;

    SentOnceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the id for a write: false when the account has it already (the primary key says so). */
    boolean claim(long accountId, String clientId, long now) {
        return jdbc.sql("""
                INSERT INTO sent_once (account_id, client_id, created_at) VALUES (:account, :client, :now)
                ON CONFLICT (account_id, client_id) DO NOTHING""")
                .param("account", accountId).param("client", clientId).param("now", now).update() == 1;
    }

    void result(long accountId, String clientId, long resultId) {
        jdbc.sql("UPDATE sent_once SET result_id = :result WHERE account_id = :account AND client_id = :client")
                .param("result", resultId).param("account", accountId).param("client", clientId).update();
    }

    OptionalLong result(long accountId, String clientId) {
        return jdbc.sql("SELECT result_id FROM sent_once WHERE account_id = :account AND client_id = :client")
                .param("account", accountId).param("client", clientId).query((rs, n) -> {
                    long id = rs.getLong(1);
                    return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(id);
                }).optional().orElse(OptionalLong.empty());
    }

    void forgetBefore(long accountId, long cutoff) {
        jdbc.sql("DELETE FROM sent_once WHERE account_id = :account AND created_at < :cutoff")
                .param("account", accountId).param("cutoff", cutoff).update();
    }
}
