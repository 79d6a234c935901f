package app.kith.account;

import app.kith.db.Rows;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

class TokenRepository {

    private final JdbcClient jdbc;

    TokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ApiToken insert(long accountId, String name, String hash, long now) {
        long id = jdbc.sql("""
                INSERT INTO api_token (account_id, name, token_hash, created_at)
                VALUES (:account, :name, :hash, :now)
                RETURNING id
                """)
                .param("account", accountId).param("name", name).param("hash", hash).param("now", now)
                .query(Long.class).single();
        return new ApiToken(id, name, Instant.ofEpochMilli(now), null);
    }

    record Match(long tokenId, long accountId, Long lastUsedAt) {
    }

    Optional<Match> byHash(String hash) {
        return jdbc.sql("SELECT id, account_id, last_used_at FROM api_token WHERE token_hash = :hash")
                .param("hash", hash)
                .query((rs, n) -> new Match(rs.getLong(1), rs.getLong(2), Rows.longOrNull(rs, "last_used_at")))
                .optional();
    }

    void touch(long tokenId, long now) {
        jdbc.sql("UPDATE api_token SET last_used_at = :now WHERE id = :id").param("now", now).param("id", tokenId)
                .update();
    }

    List<ApiToken> list(long accountId) {
        return jdbc.sql("""
                SELECT id, name, created_at, last_used_at FROM api_token
                WHERE account_id = :account ORDER BY created_at, id
                """)
                .param("account", accountId)
                .query((rs, n) -> new ApiToken(rs.getLong(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)),
                        Rows.longOrNull(rs, "last_used_at") == null ? null : Instant.ofEpochMilli(rs.getLong(4))))
                .list();
    }

    boolean delete(long accountId, long tokenId) {
        return jdbc.sql("DELETE FROM api_token WHERE account_id = :account AND id = :id")
                .param("account", accountId).param("id", tokenId).update() == 1;
    }
}
