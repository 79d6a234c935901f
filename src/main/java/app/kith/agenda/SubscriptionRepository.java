package app.kith.agenda;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The calendar_subscription and calendar_upcoming rows, always within one account. */
final class SubscriptionRepository {

    /** A subscription's stored secrets, sealed. */
    record Sealed(long id, long accountId, String kind, String urlSealed, String user, String passwordSealed) {
    }

    /** One coming meeting with one person. */
    record Upcoming(String eventKey, long personId, Instant startsAt, int day, String kind) {
    }

    private static final String COLUMNS = "id, kind, host, username, created_at, fetched_at, last_added, added_total,"
            + " last_error";

    private final JdbcClient sql;

    SubscriptionRepository(JdbcClient sql) {
        this.sql = sql;
    }

    long insert(long accountId, String kind, String host, String urlSealed, String user, String passwordSealed,
                Instant now) {
        sql.sql("""
                INSERT INTO calendar_subscription (account_id, kind, host, url_sealed, username, password_sealed, created_at)
                VALUES (:account, :kind, :host, :url, :user, :password, :now)""")
                .param("account", accountId).param("kind", kind).param("host", host).param("url", urlSealed)
                .param("user", user).param("password", passwordSealed).param("now", now.toEpochMilli()).update();
        return sql.sql("SELECT MAX(id) FROM calendar_subscription WHERE account_id = :account")
                .param("account", accountId).query(Long.class).single();
    }

    List<Subscription> list(long accountId) {
        return sql.sql("SELECT " + COLUMNS + " FROM calendar_subscription WHERE account_id = :account ORDER BY id")
                .param("account", accountId).query(SubscriptionRepository::subscription).list();
    }

    Optional<Subscription> find(long accountId, long id) {
        return sql.sql("SELECT " + COLUMNS + " FROM calendar_subscription WHERE account_id = :account AND id = :id")
                .param("account", accountId).param("id", id).query(SubscriptionRepository::subscription).optional();
    }

    Sealed sealed(long accountId, long id) {
        return sql.sql("""
                SELECT id, account_id, kind, url_sealed, username, password_sealed FROM calendar_subscription
                WHERE account_id = :account AND id = :id""")
                .param("account", accountId).param("id", id)
                .query((rs, n) -> new Sealed(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6))).single();
    }

    boolean delete(long accountId, long id) {
        return sql.sql("DELETE FROM calendar_subscription WHERE account_id = :account AND id = :id")
                .param("account", accountId).param("id", id).update() == 1;
    }

    /** Calendars not fetched since {@code before}, as (account, id) pairs. */
    List<long[]> due(Instant before) {
        return sql.sql("""
                SELECT s.account_id, s.id FROM calendar_subscription s JOIN account a ON a.id = s.account_id
                WHERE (s.fetched_at IS NULL OR s.fetched_at < :before) AND a.disabled_at IS NULL
                ORDER BY s.fetched_at, s.id""")
                .param("before", before.toEpochMilli())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
    }

    /**
     * Takes the calendar for one fetch until {@code until}, unless another fetch holds it: a
     * conditional update, so two nodes never both win.
     */
    boolean claim(long accountId, long id, Instant now, Instant until) {
        return claimIfFetchedBefore(accountId, id, now, until, until);
    }

    /**
     * The same, only while the calendar is still not fetched since {@code before}: a node that
     * found it due a moment ago does not fetch it again after another node has.
     */
    boolean claimIfFetchedBefore(long accountId, long id, Instant now, Instant until, Instant before) {
        return sql.sql("""
                UPDATE calendar_subscription SET claimed_until = :until
                WHERE account_id = :account AND id = :id AND (claimed_until IS NULL OR claimed_until < :now)
                  AND (fetched_at IS NULL OR fetched_at < :before)""")
                .param("until", until.toEpochMilli()).param("account", accountId).param("id", id)
                .param("now", now.toEpochMilli()).param("before", before.toEpochMilli()).update() == 1;
    }

    void fetched(long accountId, long id, Instant at, int added, String error) {
        sql.sql("""
                UPDATE calendar_subscription SET fetched_at = :at, claimed_until = NULL, last_error = :error,
                    last_added = :added, added_total = added_total + :added
                WHERE account_id = :account AND id = :id""")
                .param("at", at.toEpochMilli()).param("error", error).param("added", added)
                .param("account", accountId).param("id", id).update();
    }

    Set<String> importKeys(long accountId, Collection<String> keys) {
        Set<String> found = new HashSet<>();
        for (String key : keys) {
            if (sql.sql("SELECT COUNT(*) FROM touchpoint_import_key WHERE account_id = :account AND import_key = :key")
                    .param("account", accountId).param("key", key).query(Integer.class).single() > 0) {
                found.add(key);
            }
        }
        return found;
    }

    void addImportKey(long accountId, String key) {
        sql.sql("INSERT INTO touchpoint_import_key (account_id, import_key) VALUES (:account, :key)")
                .param("account", accountId).param("key", key).update();
    }

    void replaceUpcoming(long accountId, long calendarId, Collection<Upcoming> rows) {
        sql.sql("DELETE FROM calendar_upcoming WHERE account_id = :account AND calendar_id = :calendar")
                .param("account", accountId).param("calendar", calendarId).update();
        for (Upcoming u : rows) {
            sql.sql("""
                    INSERT INTO calendar_upcoming (account_id, calendar_id, event_key, person_id, starts_at, day, kind)
                    VALUES (:account, :calendar, :key, :person, :starts, :day, :kind)""")
                    .param("account", accountId).param("calendar", calendarId).param("key", u.eventKey())
                    .param("person", u.personId()).param("starts", u.startsAt().toEpochMilli()).param("day", u.day())
                    .param("kind", u.kind()).update();
        }
    }

    /**
     * A living person's coming meetings from {@code from} on, before {@code until}, soonest first;
     * one event in two calendars counted once.
     */
    List<Upcoming> upcoming(long accountId, long personId, Instant from, Instant until, int limit) {
        return sql.sql("""
                SELECT u.event_key, u.person_id, MIN(u.starts_at), MIN(u.day), MIN(u.kind)
                FROM calendar_upcoming u JOIN person p ON p.account_id = u.account_id AND p.id = u.person_id
                WHERE u.account_id = :account AND u.person_id = :person AND p.deleted_at IS NULL
                  AND u.starts_at >= :from AND u.starts_at < :until
                GROUP BY u.event_key, u.person_id ORDER BY MIN(u.starts_at) LIMIT :limit""")
                .param("account", accountId).param("person", personId).param("from", from.toEpochMilli())
                .param("until", until.toEpochMilli()).param("limit", limit)
                .query((rs, n) -> new Upcoming(rs.getString(1), rs.getLong(2), Instant.ofEpochMilli(rs.getLong(3)),
                        rs.getInt(4), rs.getString(5))).list();
    }

    private static Subscription subscription(ResultSet rs, int n) throws SQLException {
        long fetched = rs.getLong(6);
        Instant fetchedAt = rs.wasNull() ? null : Instant.ofEpochMilli(fetched);
        return new Subscription(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Instant.ofEpochMilli(rs.getLong(5)), fetchedAt, rs.getInt(7), rs.getInt(8), rs.getString(9));
    }
}
