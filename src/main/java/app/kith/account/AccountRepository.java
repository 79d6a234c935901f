package app.kith.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

class AccountRepository {

    private static final String COLUMNS = "id, email, password_hash, is_owner, capacity, time_zone, follow_up_days, "
            + "follow_ups_before_drop, intro_follow_up_days";

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
                INSERT INTO account (is_owner, capacity, time_zone, created_at)
                VALUES (1, :capacity, :zone, :now)
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

    Optional<Account> byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE id = :id").param("id", id)
                .query(AccountRepository::map).optional();
    }

    Optional<Account> byEmail(String email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE email = :email").param("email", email)
                .query(AccountRepository::map).optional();
    }

    Optional<Credentials> credentials(String email) {
        return jdbc.sql("SELECT id, email, password_hash FROM account WHERE email = :email AND password_hash IS NOT NULL")
                .param("email", email)
                .query((rs, n) -> new Credentials(rs.getLong(1), rs.getString(2), rs.getString(3))).optional();
    }

    /** A named server secret, made by the first node that needs it. */
    String secret(String name, String candidate) {
        jdbc.sql("INSERT INTO server_secret (name, value) VALUES (:name, :value) ON CONFLICT DO NOTHING")
                .param("name", name).param("value", candidate).update();
        return jdbc.sql("SELECT value FROM server_secret WHERE name = :name").param("name", name)
                .query(String.class).single();
    }

    Optional<String> passwordHash(String email) {
        return jdbc.sql("SELECT password_hash FROM account WHERE email = :email AND password_hash IS NOT NULL")
                .param("email", email).query(String.class).optional();
    }

    void updateSettings(long id, Settings settings) {
        jdbc.sql("""
                UPDATE account SET capacity = :capacity, time_zone = :zone, follow_up_days = :followUp,
                       follow_ups_before_drop = :beforeDrop, intro_follow_up_days = :introFollowUp
                WHERE id = :id
                """)
                .param("capacity", settings.capacity()).param("zone", settings.timeZone().getId())
                .param("followUp", settings.followUpDays()).param("beforeDrop", settings.followUpsBeforeDrop())
                .param("introFollowUp", settings.introFollowUpDays()).param("id", id)
                .update();
    }

    private static Account map(ResultSet rs, int row) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("email"), rs.getInt("is_owner") == 1,
                rs.getString("password_hash") != null,
                new Settings(rs.getInt("capacity"), ZoneId.of(rs.getString("time_zone")), rs.getInt("follow_up_days"),
                        rs.getInt("follow_ups_before_drop"), rs.getInt("intro_follow_up_days")));
    }
}
