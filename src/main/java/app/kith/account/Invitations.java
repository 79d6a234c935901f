package app.kith.account;

import app.kith.Invalid;
import app.kith.NotFound;
import app.kith.audit.Audit;
import app.kith.audit.AuditKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Links to sign up with, made by an admin: each makes one account, until it expires or is
 * revoked. The token is shown once; the store keeps its SHA-256, like an API token's. Making and
 * revoking one is written to the acting admin's audit log.
 */
public class Invitations {

    public static final int DEFAULT_DAYS = 7;
    static final int MAX_DAYS = 90;

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final TransactionOperations tx;
    private final Clock clock;
    private final Audit audit;

    Invitations(JdbcClient jdbc, Accounts accounts, TransactionOperations tx, Clock clock, Audit audit) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.tx = tx;
        this.clock = clock;
        this.audit = audit;
    }

    public NewInvitation create(long adminId, int days) {
        return tx.execute(s -> made(adminId, days));
    }

    private NewInvitation made(long adminId, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new Invalid("days", "days must be between 1 and " + MAX_DAYS + ", not " + days);
        }
        Account admin = accounts.byId(adminId);
        if (!admin.admin()) {
            throw new Invalid("account", admin.label() + " is not an admin; only an admin invites");
        }
        String token = Secrets.random();
        long now = clock.millis();
        long expires = now + Duration.ofDays(days).toMillis();
        long id = jdbc.sql("""
                INSERT INTO invitation (account_id, token_hash, created_at, expires_at)
                VALUES (:admin, :hash, :now, :expires) RETURNING id
                """)
                .param("admin", adminId).param("hash", Secrets.sha256(token)).param("now", now).param("expires", expires)
                .query(Long.class).single();
        audit.record(adminId, AuditKind.INVITATION_MADE, "invitation " + id + ", for " + Audit.count(days, "day", "days"));
        return new NewInvitation(new Invitation(id, admin.email(), Instant.ofEpochMilli(now), Instant.ofEpochMilli(expires)),
                token);
    }

    /** Invitations not used yet and not expired, the newest first. */
    public List<Invitation> pending() {
        return jdbc.sql("""
                SELECT i.id, a.email, i.created_at, i.expires_at FROM invitation i JOIN account a ON a.id = i.account_id
                WHERE i.used_at IS NULL AND i.expires_at > :now ORDER BY i.id DESC
                """)
                .param("now", clock.millis())
                .query((rs, n) -> new Invitation(rs.getLong(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)),
                        Instant.ofEpochMilli(rs.getLong(4))))
                .list();
    }

    /** Takes back a pending invitation: its link makes no account any more. Only an admin does it. */
    public void revoke(long adminId, long id) {
        tx.executeWithoutResult(s -> {
            Account admin = accounts.byId(adminId);
            if (!admin.admin()) {
                throw new Invalid("account", admin.label() + " is not an admin; only an admin takes back an invitation");
            }
            if (jdbc.sql("DELETE FROM invitation WHERE id = :id AND used_at IS NULL").param("id", id).update() != 1) {
                throw new NotFound("No pending invitation " + id);
            }
            audit.record(adminId, AuditKind.INVITATION_REVOKED, "invitation " + id);
        });
    }

    /** True when the link's token still makes an account; reads only. */
    public boolean usable(String token) {
        return token != null && token.length() <= 100 && jdbc.sql("""
                SELECT count(*) FROM invitation WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now
                """)
                .param("hash", Secrets.sha256(token)).param("now", clock.millis()).query(Integer.class).single() == 1;
    }

    /**
     * Makes an account with the invitation, which is used up in the same transaction: an email
     * already taken leaves the invitation as it was.
     */
    public Account signUp(String token, String email, String password) {
        return accounts.signUp(email, password, normalized -> claim(token, normalized));
    }

    private void claim(String token, String email) {
        int claimed = token == null || token.length() > 100 ? 0 : jdbc.sql("""
                UPDATE invitation SET used_at = :now, used_by = :email
                WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now
                """)
                .param("now", clock.millis()).param("email", email).param("hash", Secrets.sha256(token)).update();
        if (claimed != 1) {
            throw new Invalid("invitation", "This invitation link has expired, was used or was revoked; ask for a new one");
        }
    }
}
