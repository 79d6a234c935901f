package app.kith.feed;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The calendar link of each account, as the hash of its token. */
class LinkRepository {

    private final JdbcClient jdbc;

    LinkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Sets the account's link, replacing the one it had: the old token stops working at once. */
    void put(long accountId, String hash, long now) {
        jdbc.sql("""
                INSERT INTO calendar_link (account_id, token_hash, created_at) VALUES (:account, :hash, :now)
                ON CONFLICT (account_id) DO UPDATE SET token_hash = excluded.token_hash, created_at = excluded.created_at
                """)
                .param("account", accountId).param("hash", hash).param("now", now).update();
    }

    Optional<Instant> since(long accountId) {
        return jdbc.sql("SELECT created_at FROM calendar_link WHERE account_id = :account")
                .param("account", accountId).query(Long.class).optional().map(Instant::ofEpochMilli);
    }

    Optional<Long> accountOf(String hash) {
        return jdbc.sql("""
                SELECT l.account_id FROM calendar_link l JOIN account a ON a.id = l.account_id
                WHERE l.token_hash = :hash AND a.disabled_at IS NULL
                """)
                .param("hash", hash).query(Long.class).optional();
    }

    boolean delete(long accountId) {
        return jdbc.sql("DELETE FROM calendar_link WHERE account_id = :account").param("account", accountId).update() == 1;
    }
}
