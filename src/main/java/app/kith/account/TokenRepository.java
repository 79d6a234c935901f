package app.kith.account;

import app.kith.db.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

class TokenRepository {

    private final JdbcClient jdbc;

    TokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ApiToken insert(long accountId, String name, String hash, TokenScope scope, Instant expiresAt, long now) {
        long id = jdbc.sql("""
                INSERT INTO api_token (account_id, name, token_hash, scope, expires_at, created_at)
                VALUES (:account, :name, :hash, :scope, :expires, :now)
                RETURNING id
                """)
                .param("account", accountId).param("name", name).param("hash", hash).param("scope", scope.key())
                .param("expires", expiresAt == null ? null : expiresAt.toEpochMilli()).param("now", now)
                .query(Long.class).single();
        return new ApiToken(id, name, scope, Instant.ofEpochMilli(now), expiresAt, null);
    }

    /** A known token with its account, read together: a request with a token is one round trip to authenticate. */
    record Match(long tokenId, long accountId, String name, TokenScope scope, Long expiresAt, Long lastUsedAt,
                 Account account) {
    }

    Optional<Match> byHash(String hash) {
        return jdbc.sql("SELECT t.id AS token_id, t.name AS token_name, t.scope, t.expires_at, t.last_used_at, "
                        + AccountRepository.columns("a") + """
                         FROM api_token t JOIN account a ON a.id = t.account_id
                        WHERE t.token_hash = :hash
                        """)
                .param("hash", hash)
                .query((rs, n) -> {
                    Account account = AccountRepository.map(rs, n);
                    return new Match(rs.getLong("token_id"), account.id(), rs.getString("token_name"),
                            TokenScope.of("scope", rs.getString("scope")), Rows.longOrNull(rs, "expires_at"),
                            Rows.longOrNull(rs, "last_used_at"), account);
                })
                .optional();
    }

    void touch(long tokenId, long now) {
        jdbc.sql("UPDATE api_token SET last_used_at = :now WHERE id = :id").param("now", now).param("id", tokenId)
                .update();
    }

    /**
     * Writes the use only when the token was last used before {@code since}: true for the one
     * writer, on any node, that moved it past — the one that records the use in the audit log.
     */
    boolean touchFirstSince(long tokenId, long now, long since) {
        return jdbc.sql("""
                UPDATE api_token SET last_used_at = :now
                WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :since)
                """)
                .param("now", now).param("id", tokenId).param("since", since).update() == 1;
    }

    List<ApiToken> list(long accountId) {
        return jdbc.sql("""
                SELECT id, name, scope, created_at, expires_at, last_used_at FROM api_token
                WHERE account_id = :account ORDER BY created_at, id
                """)
                .param("account", accountId)
                .query((rs, n) -> new ApiToken(rs.getLong(1), rs.getString(2), TokenScope.of("scope", rs.getString(3)),
                        Instant.ofEpochMilli(rs.getLong(4)), instant(rs, "expires_at"), instant(rs, "last_used_at")))
                .list();
    }

    Optional<ApiToken> find(long accountId, long tokenId) {
        return list(accountId).stream().filter(t -> t.id() == tokenId).findFirst();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Long millis = Rows.longOrNull(rs, column);
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    boolean delete(long accountId, long tokenId) {
        return jdbc.sql("DELETE FROM api_token WHERE account_id = :account AND id = :id")
                .param("account", accountId).param("id", tokenId).update() == 1;
    }
}
