package app.kith.digest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The morning email's settings, each day's send, and the key that signs its links. */
class DigestRepository {

    private final JdbcClient jdbc;

    DigestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An account that wants the email: its address, zone and hour. */
    record Recipient(long accountId, String email, ZoneId zone, int hour) {
    }

    /** A day's send as it stands. */
    record Send(long accountId, LocalDate day, String state, int attempts, Instant sentAt, String error, Instant failedAt,
                Instant nextTryAt) {
    }

    byte[] linkKey() {
        jdbc.sql("INSERT INTO digest_key (id, value) VALUES (1, :value) ON CONFLICT DO NOTHING")
                .param("value", Links.newKey()).update();
        return jdbc.sql("SELECT value FROM digest_key WHERE id = 1").query(String.class).single()
                .getBytes(StandardCharsets.US_ASCII);
    }

    DigestSettings settings(long accountId) {
        return jdbc.sql("SELECT enabled, hour FROM digest_setting WHERE account_id = :id").param("id", accountId)
                .query((rs, n) -> new DigestSettings(rs.getInt(1) == 1, rs.getInt(2))).optional()
                .orElse(DigestSettings.OFF);
    }

    void save(long accountId, DigestSettings s) {
        jdbc.sql("""
                INSERT INTO digest_setting (account_id, enabled, hour) VALUES (:id, :enabled, :hour)
                ON CONFLICT (account_id) DO UPDATE SET enabled = excluded.enabled, hour = excluded.hour
                """)
                .param("id", accountId).param("enabled", s.enabled() ? 1 : 0).param("hour", s.hour()).update();
    }

    List<Recipient> recipients() {
        return jdbc.sql("""
                SELECT a.id, a.email, a.time_zone, d.hour FROM digest_setting d JOIN account a ON a.id = d.account_id
                WHERE d.enabled = 1 AND a.email IS NOT NULL AND a.disabled_at IS NULL
                ORDER BY a.id
                """)
                .query((rs, n) -> new Recipient(rs.getLong(1), rs.getString(2), ZoneId.of(rs.getString(3)), rs.getInt(4)))
                .list();
    }

    /**
     * Takes the day's send for {@code claim}: a new row, a failure whose next try has come, or a
     * claim left by a node that stopped before it spoke to the mail server ({@code staleBefore}).
     * True when this caller holds it now; every node may ask, one wins.
     */
    boolean claim(long accountId, LocalDate day, String claim, Instant now, Instant staleBefore) {
        int inserted = jdbc.sql("""
                INSERT INTO digest_send (account_id, day, state, claim, claimed_at)
                VALUES (:id, :day, 'claimed', :claim, :now)
                ON CONFLICT DO NOTHING
                """)
                .param("id", accountId).param("day", day.toEpochDay()).param("claim", claim)
                .param("now", now.toEpochMilli()).update();
        if (inserted == 1) {
            return true;
        }
        return jdbc.sql("""
                UPDATE digest_send SET state = 'claimed', claim = :claim, claimed_at = :now
                WHERE account_id = :id AND day = :day
                  AND ((state = 'failed' AND next_try_at <= :now) OR (state = 'claimed' AND claimed_at < :stale))
                """)
                .param("claim", claim).param("now", now.toEpochMilli()).param("id", accountId)
                .param("day", day.toEpochDay()).param("stale", staleBefore.toEpochMilli()).update() == 1;
    }

    /** Claimed → sending, only while the claim is still this one's: the last moment to back out. */
    boolean sending(long accountId, LocalDate day, String claim) {
        return jdbc.sql("""
                UPDATE digest_send SET state = 'sending'
                WHERE account_id = :id AND day = :day AND claim = :claim AND state = 'claimed'
                """)
                .param("id", accountId).param("day", day.toEpochDay()).param("claim", claim).update() == 1;
    }

    void sent(long accountId, LocalDate day, String claim, Instant now) {
        jdbc.sql("""
                UPDATE digest_send SET state = 'sent', sent_at = :now, attempts = attempts + 1, next_try_at = NULL
                WHERE account_id = :id AND day = :day AND claim = :claim
                """)
                .param("now", now.toEpochMilli()).param("id", accountId).param("day", day.toEpochDay())
                .param("claim", claim).update();
    }

    void failed(long accountId, LocalDate day, String claim, String error, Instant now, Instant nextTry) {
        jdbc.sql("""
                UPDATE digest_send SET state = 'failed', attempts = attempts + 1, error = :error, failed_at = :now,
                       next_try_at = :next
                WHERE account_id = :id AND day = :day AND claim = :claim
                """)
                .param("error", error).param("now", now.toEpochMilli()).param("next", nextTry.toEpochMilli())
                .param("id", accountId).param("day", day.toEpochDay()).param("claim", claim).update();
    }

    int attempts(long accountId, LocalDate day) {
        return jdbc.sql("SELECT attempts FROM digest_send WHERE account_id = :id AND day = :day")
                .param("id", accountId).param("day", day.toEpochDay()).query(Integer.class).optional().orElse(0);
    }

    Optional<Instant> lastSent(long accountId) {
        return jdbc.sql("SELECT max(sent_at) FROM digest_send WHERE account_id = :id AND state = 'sent'")
                .param("id", accountId).query((rs, n) -> {
                    long at = rs.getLong(1);
                    return rs.wasNull() ? null : Instant.ofEpochMilli(at);
                }).optional();
    }

    /** The newest send that failed and has not gone out since. */
    Optional<Send> lastFailure(long accountId) {
        return jdbc.sql("""
                SELECT account_id, day, state, attempts, sent_at, error, failed_at, next_try_at FROM digest_send
                WHERE account_id = :id AND state = 'failed' AND NOT EXISTS (SELECT 1 FROM digest_send later
                    WHERE later.account_id = digest_send.account_id AND later.state = 'sent' AND later.day > digest_send.day)
                ORDER BY day DESC LIMIT 1
                """)
                .param("id", accountId)
                .query((rs, n) -> new Send(rs.getLong(1), LocalDate.ofEpochDay(rs.getLong(2)), rs.getString(3), rs.getInt(4),
                        null, rs.getString(6), Instant.ofEpochMilli(rs.getLong(7)), Instant.ofEpochMilli(rs.getLong(8))))
                .optional();
    }
}
