package app.kith.mail;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The mailbox, its folders' cursors, the ignore list and the correspondents, each account's alone. */
final class MailboxRepository {

    /** A stored mailbox; the password still sealed. */
    record Row(long accountId, String host, int port, boolean tls, String user, String seal, long connectedAt,
               Long lastRunAt, Integer lastRead, Integer lastAdded, String lastError, Long lastErrorAt) {
    }

    record Cursor(long uidValidity, long lastUid) {
    }

    private final JdbcClient sql;

    MailboxRepository(JdbcClient sql) {
        this.sql = sql;
    }

    void save(long accountId, String host, int port, boolean tls, String user, String seal, long now) {
        sql.sql("DELETE FROM mailbox WHERE account_id = :account").param("account", accountId).update();
        sql.sql("""
                INSERT INTO mailbox (account_id, host, port, tls, username, password_seal, connected_at)
                VALUES (:account, :host, :port, :tls, :user, :seal, :now)
                """).param("account", accountId).param("host", host).param("port", port).param("tls", tls ? 1 : 0)
                .param("user", user).param("seal", seal).param("now", now).update();
    }

    /** The mailbox and where its folders were read up to; the ignore list and the counts stay. */
    boolean delete(long accountId) {
        sql.sql("DELETE FROM mailbox_folder WHERE account_id = :account").param("account", accountId).update();
        return sql.sql("DELETE FROM mailbox WHERE account_id = :account").param("account", accountId).update() == 1;
    }

    Optional<Row> find(long accountId) {
        return sql.sql("""
                SELECT account_id, host, port, tls, username, password_seal, connected_at, last_run_at, last_read,
                       last_added, last_error, last_error_at
                FROM mailbox WHERE account_id = :account
                """).param("account", accountId).query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getInt(3),
                rs.getInt(4) == 1, rs.getString(5), rs.getString(6), rs.getLong(7), orNull(rs, 8),
                orNull(rs, 9) == null ? null : rs.getInt(9), orNull(rs, 10) == null ? null : rs.getInt(10),
                rs.getString(11), orNull(rs, 12))).optional();
    }

    private static Long orNull(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    List<Long> connected() {
        return sql.sql("""
                SELECT m.account_id FROM mailbox m JOIN account a ON a.id = m.account_id
                WHERE a.disabled_at IS NULL ORDER BY m.account_id
                """).query(Long.class).list();
    }

    /** Takes the mailbox for one run, unless another node holds it and has not been silent past {@code staleBefore}. */
    boolean claim(long accountId, String claim, long now, long staleBefore) {
        return sql.sql("""
                UPDATE mailbox SET claim = :claim, claimed_at = :now
                WHERE account_id = :account AND (claim IS NULL OR claimed_at < :stale)
                """).param("claim", claim).param("now", now).param("account", accountId).param("stale", staleBefore)
                .update() == 1;
    }

    void finished(long accountId, String claim, long now, int read, int added) {
        sql.sql("""
                UPDATE mailbox SET claim = NULL, claimed_at = NULL, last_run_at = :now, last_read = :read,
                       last_added = :added, last_error = NULL, last_error_at = NULL
                WHERE account_id = :account AND claim = :claim
                """).param("now", now).param("read", read).param("added", added).param("account", accountId)
                .param("claim", claim).update();
    }

    void failed(long accountId, String claim, long now, int read, int added, String error) {
        sql.sql("""
                UPDATE mailbox SET claim = NULL, claimed_at = NULL, last_run_at = :now, last_read = :read,
                       last_added = :added, last_error = :error, last_error_at = :now
                WHERE account_id = :account AND claim = :claim
                """).param("now", now).param("read", read).param("added", added).param("error", error)
                .param("account", accountId).param("claim", claim).update();
    }

    Optional<Cursor> cursor(long accountId, String folder) {
        return sql.sql("SELECT uid_validity, last_uid FROM mailbox_folder WHERE account_id = :account AND folder = :folder")
                .param("account", accountId).param("folder", folder)
                .query((rs, n) -> new Cursor(rs.getLong(1), rs.getLong(2))).optional();
    }

    void saveCursor(long accountId, String folder, Cursor cursor) {
        sql.sql("""
                INSERT INTO mailbox_folder (account_id, folder, uid_validity, last_uid)
                VALUES (:account, :folder, :validity, :uid)
                ON CONFLICT (account_id, folder) DO UPDATE SET uid_validity = excluded.uid_validity,
                  last_uid = excluded.last_uid
                """).param("account", accountId).param("folder", folder).param("validity", cursor.uidValidity())
                .param("uid", cursor.lastUid()).update();
    }

    List<String> ignored(long accountId) {
        return sql.sql("SELECT pattern FROM mail_ignore WHERE account_id = :account ORDER BY pattern")
                .param("account", accountId).query(String.class).list();
    }

    void ignore(long accountId, String pattern) {
        sql.sql("INSERT INTO mail_ignore (account_id, pattern) VALUES (:account, :pattern) ON CONFLICT DO NOTHING")
                .param("account", accountId).param("pattern", pattern).update();
    }

    boolean unignore(long accountId, String pattern) {
        return sql.sql("DELETE FROM mail_ignore WHERE account_id = :account AND pattern = :pattern")
                .param("account", accountId).param("pattern", pattern).update() == 1;
    }

    /** Correspondents with at least {@code least} messages and at least one each way, most first. */
    List<Suggestion> frequent(long accountId, int least) {
        return sql.sql("""
                SELECT address, name, received, sent, last_day FROM mail_correspondent
                WHERE account_id = :account AND received > 0 AND sent > 0 AND received + sent >= :least
                ORDER BY received + sent DESC, address
                """).param("account", accountId).param("least", least)
                .query((rs, n) -> new Suggestion(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        java.time.LocalDate.ofEpochDay(rs.getLong(5)))).list();
    }

    Optional<Suggestion> correspondent(long accountId, String address) {
        return sql.sql("""
                SELECT address, name, received, sent, last_day FROM mail_correspondent
                WHERE account_id = :account AND address = :address
                """).param("account", accountId).param("address", address)
                .query((rs, n) -> new Suggestion(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        java.time.LocalDate.ofEpochDay(rs.getLong(5)))).optional();
    }

    void forget(long accountId, String address) {
        sql.sql("DELETE FROM mail_correspondent WHERE account_id = :account AND address = :address")
                .param("account", accountId).param("address", address).update();
    }
}
