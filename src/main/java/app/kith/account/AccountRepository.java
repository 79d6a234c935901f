package app.kith.account;

import app.kith.db.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

class AccountRepository {

    private static final String COLUMNS = "id, email, password_hash, is_owner, capacity, time_zone, follow_up_days, "
            + "follow_ups_before_drop, intro_follow_up_days, default_rhythm_days, follow_up_share, reply_window_days, your_name, is_admin, disabled_at";

    /** The columns {@link #map} reads, of the account table under an alias, for a statement that joins it. */
    static String columns(String alias) {
        return Arrays.stream(COLUMNS.split(",\\s*")).map(c -> alias + "." + c).collect(Collectors.joining(", "));
    }

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> owner() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE is_owner = 1")
                .query(AccountRepository::map).optional();
    }

    /** Inserts the owner unless another command just did; either way the owner exists afterwards. */
    void insertOwnerIfMissing(ZoneId zone, long now) {
        jdbc.sql("""
                INSERT INTO account (is_owner, is_admin, capacity, time_zone, created_at)
                VALUES (1, 1, :capacity, :zone, :now)
                ON CONFLICT DO NOTHING
                """)
                .param("capacity", Settings.DEFAULT_CAPACITY).param("zone", zone.getId()).param("now", now)
                .update();
    }

    long insert(String email, String passwordHash, ZoneId zone, long now) {
        return jdbc.sql("""
                INSERT INTO account (email, password_hash, is_owner, capacity, time_zone, created_at)
                VALUES (:email, :hash, 0, :capacity, :zone, :now)
                RETURNING id
                """)
                .param("email", email).param("hash", passwordHash).param("capacity", Settings.DEFAULT_CAPACITY)
                .param("zone", zone.getId()).param("now", now)
                .query(Long.class).single();
    }

    void setSignIn(long id, String email, String passwordHash) {
        jdbc.sql("UPDATE account SET email = :email, password_hash = :hash WHERE id = :id")
                .param("email", email).param("hash", passwordHash).param("id", id).update();
    }

    int count() {
        return jdbc.sql("SELECT count(*) FROM account").query(Integer.class).single();
    }

    Optional<Account> byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE id = :id").param("id", id)
                .query(AccountRepository::map).optional();
    }

    Optional<Account> byEmail(String email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE email = :email").param("email", email)
                .query(AccountRepository::map).optional();
    }

    Optional<Credentials> credentials(String email) {
        return jdbc.sql("""
                SELECT id, email, password_hash, sign_in_version FROM account
                WHERE email = :email AND password_hash IS NOT NULL AND disabled_at IS NULL
                """)
                .param("email", email).query(AccountRepository::credentials).optional();
    }

    Optional<Credentials> credentials(long id) {
        return jdbc.sql("""
                SELECT id, email, password_hash, sign_in_version FROM account
                WHERE id = :id AND password_hash IS NOT NULL AND disabled_at IS NULL
                """)
                .param("id", id).query(AccountRepository::credentials).optional();
    }

    /** A new password: every session signed in with the old one ends (the version goes up). */
    void changePassword(long id, String passwordHash) {
        jdbc.sql("UPDATE account SET password_hash = :hash, sign_in_version = sign_in_version + 1 WHERE id = :id")
                .param("hash", passwordHash).param("id", id).update();
    }

    /** The same password, stored the current way; unless it changed meanwhile, which wins. */
    void rehash(long id, String oldHash, String newHash) {
        jdbc.sql("UPDATE account SET password_hash = :fresh WHERE id = :id AND password_hash = :old")
                .param("fresh", newHash).param("id", id).param("old", oldHash).update();
    }

    void updateSettings(long id, Settings settings) {
        jdbc.sql("""
                UPDATE account SET capacity = :capacity, time_zone = :zone, follow_up_days = :followUp,
                       follow_ups_before_drop = :beforeDrop, intro_follow_up_days = :introFollowUp,
                       default_rhythm_days = :defaultRhythm, follow_up_share = :share, reply_window_days = :replyWindow,
                       your_name = :yourName
                WHERE id = :id
                """)
                .param("capacity", settings.capacity()).param("zone", settings.timeZone().getId())
                .param("followUp", settings.followUpDays()).param("beforeDrop", settings.followUpsBeforeDrop())
                .param("introFollowUp", settings.introFollowUpDays()).param("defaultRhythm", settings.defaultRhythmDays())
                .param("share", settings.followUpShare()).param("replyWindow", settings.replyWindowDays())
                .param("yourName", settings.yourName()).param("id", id)
                .update();
    }

    void signedIn(long id, long now) {
        jdbc.sql("UPDATE account SET last_sign_in_at = :now WHERE id = :id").param("now", now).param("id", id).update();
    }

    /**
     * Disables (at {@code now}) or enables the account. Disabling also raises the sign-in version,
     * so the sessions it had stay ended when it is enabled again.
     */
    boolean setDisabled(long id, Long now) {
        return jdbc.sql(now == null ? "UPDATE account SET disabled_at = NULL WHERE id = :id"
                        : "UPDATE account SET disabled_at = :now, sign_in_version = sign_in_version + 1 WHERE id = :id")
                .param("id", id).param("now", now).update() == 1;
    }

    void setAdmin(long id, boolean admin) {
        jdbc.sql("UPDATE account SET is_admin = :admin WHERE id = :id").param("admin", admin ? 1 : 0).param("id", id)
                .update();
    }

    /** Admins who can still sign in. */
    int activeAdmins() {
        return jdbc.sql("SELECT count(*) FROM account WHERE is_admin = 1 AND disabled_at IS NULL")
                .query(Integer.class).single();
    }

    /** Every account with what an admin sees of it; never what is in it beyond how many people. */
    List<AccountSummary> summaries() {
        return jdbc.sql("""
                SELECT a.id, a.email, a.is_owner, a.is_admin, a.created_at, a.last_sign_in_at, a.disabled_at,
                       (SELECT count(*) FROM person p WHERE p.account_id = a.id AND p.deleted_at IS NULL)
                FROM account a ORDER BY a.id
                """)
                .query((rs, n) -> new AccountSummary(rs.getLong(1), rs.getString(2), rs.getInt(3) == 1,
                        rs.getInt(4) == 1, Instant.ofEpochMilli(rs.getLong(5)), instant(Rows.longOrNull(rs, "last_sign_in_at")),
                        instant(Rows.longOrNull(rs, "disabled_at")), rs.getInt(8)))
                .list();
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    private static Credentials credentials(ResultSet rs, int row) throws SQLException {
        return new Credentials(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4));
    }

    static Account map(ResultSet rs, int row) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("email"), rs.getInt("is_owner") == 1,
                rs.getString("password_hash") != null,
                new Settings(rs.getInt("capacity"), ZoneId.of(rs.getString("time_zone")), rs.getInt("follow_up_days"),
                        rs.getInt("follow_ups_before_drop"), rs.getInt("intro_follow_up_days"),
                        Rows.intOrNull(rs, "default_rhythm_days"), rs.getInt("follow_up_share"), rs.getInt("reply_window_days"),
                        rs.getString("your_name")), rs.getInt("is_admin") == 1, Rows.longOrNull(rs, "disabled_at") != null);
    }
}
