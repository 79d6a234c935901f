package app.kith.account;

import app.kith.db.Rows;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

class AppPasswordRepository {

    private final JdbcClient jdbc;

    AppPasswordRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    AppPassword insert(long accountId, String name, String hash, long now) {
        long id = jdbc.sql("""
                INSERT INTO app_password (account_id, name, password_hash, created_at)
                VALUES (:account, :name, :hash, :now)
                RETURNING id
                """)
                .param("account", accountId).param("name", name).param("hash", hash).param("now", now)
                .query(Long.class).single();
        return new AppPassword(id, name, Instant.ofEpochMilli(now), null);
    }

    record Match(long id, long accountId, String name, Long lastUsedAt) {
    }

    Optional<Match> byHash(String hash) {
        return jdbc.sql("SELECT id, account_id, name, last_used_at FROM app_password WHERE password_hash = :hash")
                .param("hash", hash)
                .query((rs, n) -> new Match(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        Rows.longOrNull(rs, "last_used_at")))
                .optional();
    }

    Optional<String> name(long accountId, long id) {
        return jdbc.sql("SELECT name FROM app_password WHERE account_id = :account AND id = :id")
                .param("account", accountId).param("id", id).query(String.class).optional();
    }

    /** Writes the use only when it was last used before {@code since}: true for the one writer that moved it past. */
    boolean touchFirstSince(long accountId, long id, long now, long since) {
        return jdbc.sql("""
                UPDATE app_password SET last_used_at = :now
                WHERE account_id = :account AND id = :id AND (last_used_at IS NULL OR last_used_at < :since)
                """)
                .param("now", now).param("account", accountId).param("id", id).param("since", since).update() == 1;
    }

    void touch(long accountId, long id, long now) {
        jdbc.sql("UPDATE app_password SET last_used_at = :now WHERE account_id = :account AND id = :id")
                .param("now", now).param("account", accountId).param("id", id).update();
    }

    List<AppPassword> list(long accountId) {
        return jdbc.sql("""
                SELECT id, name, created_at, last_used_at FROM app_password
                WHERE account_id = :account ORDER BY created_at, id
                """)
                .param("account", accountId)
                .query((rs, n) -> {
                    Long used = Rows.longOrNull(rs, "last_used_at");
                    return new AppPassword(rs.getLong(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)),
                            used == null ? null : Instant.ofEpochMilli(used));
                })
                .list();
    }

    boolean delete(long accountId, long id) {
        return jdbc.sql("DELETE FROM app_password WHERE account_id = :account AND id = :id")
                .param("account", accountId).param("id", id).update() == 1;
    }
}
