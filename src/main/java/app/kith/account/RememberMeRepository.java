package app.kith.account;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Remembered sign-ins, found by the digest of their series (the cookie names no account). */
class RememberMeRepository {

    record Row(long accountId, String tokenHash, String previousHash, long rotatedAt, long expiresAt) {
    }

    private final JdbcClient jdbc;

    RememberMeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long accountId, String seriesHash, String tokenHash, long now, long expiresAt) {
        jdbc.sql("""
                INSERT INTO remember_me (series_hash, account_id, token_hash, rotated_at, created_at, expires_at)
                VALUES (:series, :account, :token, :now, :now, :expires)
                """)
                .param("series", seriesHash).param("account", accountId).param("token", tokenHash)
                .param("now", now).param("expires", expiresAt)
                .update();
    }

    Optional<Row> find(String seriesHash) {
        return jdbc.sql("""
                SELECT account_id, token_hash, previous_hash, rotated_at, expires_at
                FROM remember_me WHERE series_hash = :series
                """)
                .param("series", seriesHash)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5)))
                .optional();
    }

    /** Replaces the token if it is still the one read: of two requests rotating at once, one wins. */
    boolean rotate(long accountId, String seriesHash, String tokenHash, String newTokenHash, long now) {
        return jdbc.sql("""
                UPDATE remember_me SET previous_hash = token_hash, token_hash = :fresh, rotated_at = :now
                WHERE account_id = :account AND series_hash = :series AND token_hash = :token
                """)
                .param("fresh", newTokenHash).param("now", now).param("account", accountId)
                .param("series", seriesHash).param("token", tokenHash)
                .update() == 1;
    }

    void delete(String seriesHash) {
        jdbc.sql("DELETE FROM remember_me WHERE series_hash = :series").param("series", seriesHash).update();
    }

    void deleteAll(long accountId) {
        jdbc.sql("DELETE FROM remember_me WHERE account_id = :account").param("account", accountId).update();
    }

    void deleteExpired(long accountId, long now) {
        jdbc.sql("DELETE FROM remember_me WHERE account_id = :account AND expires_at <= :now")
                .param("account", accountId).param("now", now).update();
    }

    int count(long accountId) {
        return jdbc.sql("SELECT count(*) FROM remember_me WHERE account_id = :account")
                .param("account", accountId).query(Integer.class).single();
    }
}
