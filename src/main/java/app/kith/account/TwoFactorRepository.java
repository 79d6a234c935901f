package app.kith.account;

import app.kith.db.Rows;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

class TwoFactorRepository {

    /** An account's two-factor row; {@code enabledAt} null while its setup awaits a code. */
    record Row(String secretSealed, Long enabledAt, Long lastStep) {
    }

    private final JdbcClient jdbc;

    TwoFactorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(long accountId) {
        return jdbc.sql("SELECT secret_sealed, enabled_at, last_step FROM two_factor WHERE account_id = :account")
                .param("account", accountId)
                .query((rs, n) -> new Row(rs.getString(1), Rows.longOrNull(rs, "enabled_at"),
                        Rows.longOrNull(rs, "last_step")))
                .optional();
    }

    /** A setup not yet confirmed, in place of any other not yet confirmed; never over one that is on. */
    boolean begin(long accountId, String secretSealed, long now) {
        jdbc.sql("DELETE FROM two_factor WHERE account_id = :account AND enabled_at IS NULL")
                .param("account", accountId).update();
        return jdbc.sql("""
                INSERT INTO two_factor (account_id, secret_sealed, created_at) VALUES (:account, :secret, :now)
                ON CONFLICT (account_id) DO NOTHING
                """)
                .param("account", accountId).param("secret", secretSealed).param("now", now).update() == 1;
    }

    void enable(long accountId, long step, long now) {
        jdbc.sql("UPDATE two_factor SET enabled_at = :now, last_step = :step WHERE account_id = :account")
                .param("now", now).param("step", step).param("account", accountId).update();
    }

    /**
     * Takes the code of this time-step, unless it or a later one was taken already: one statement,
     * so two requests with the same code cannot both win.
     */
    boolean take(long accountId, long step) {
        return jdbc.sql("""
                UPDATE two_factor SET last_step = :step
                WHERE account_id = :account AND enabled_at IS NOT NULL AND (last_step IS NULL OR last_step < :step)
                """)
                .param("step", step).param("account", accountId).update() == 1;
    }

    boolean delete(long accountId) {
        jdbc.sql("DELETE FROM recovery_code WHERE account_id = :account").param("account", accountId).update();
        return jdbc.sql("DELETE FROM two_factor WHERE account_id = :account").param("account", accountId).update() == 1;
    }

    void replaceRecoveryCodes(long accountId, List<String> hashes) {
        jdbc.sql("DELETE FROM recovery_code WHERE account_id = :account").param("account", accountId).update();
        for (String hash : hashes) {
            jdbc.sql("INSERT INTO recovery_code (account_id, code_hash) VALUES (:account, :hash)")
                    .param("account", accountId).param("hash", hash).update();
        }
    }

    /** Uses a recovery code, once: true only for the request that used it. */
    boolean useRecoveryCode(long accountId, String hash, long now) {
        return jdbc.sql("""
                UPDATE recovery_code SET used_at = :now
                WHERE account_id = :account AND code_hash = :hash AND used_at IS NULL
                """)
                .param("now", now).param("account", accountId).param("hash", hash).update() == 1;
    }

    int recoveryCodesLeft(long accountId) {
        return jdbc.sql("SELECT count(*) FROM recovery_code WHERE account_id = :account AND used_at IS NULL")
                .param("account", accountId).query(Integer.class).single();
    }
}
