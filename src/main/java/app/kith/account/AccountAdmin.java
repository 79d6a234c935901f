package app.kith.account;

import app.kith.Conflict;
import app.kith.Fields;
import app.kith.NotFound;
import app.kith.audit.Audit;
import app.kith.audit.AuditKind;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * What an admin does to the other accounts of a server: list, disable, enable, delete, make admin
 * and not. The CLI (whoever holds the data folder) and the admin page both come here; neither may
 * leave the server without an admin who can sign in. Each change is written to the acting admin's
 * audit log ({@code adminId}), naming the account by its email; the account changed is told nothing.
 */
public class AccountAdmin {

    private final AccountRepository accounts;
    private final AccountDeletion deletion;
    private final RememberMe rememberMe;
    private final TransactionOperations tx;
    private final Clock clock;
    private final Audit audit;

    AccountAdmin(JdbcClient jdbc, RememberMe rememberMe, TransactionOperations tx, Clock clock, Audit audit) {
        this.audit = audit;
        this.accounts = new AccountRepository(jdbc);
        this.deletion = new AccountDeletion(jdbc);
        this.rememberMe = rememberMe;
        this.tx = tx;
        this.clock = clock;
    }

    public List<AccountSummary> list() {
        return accounts.summaries();
    }

    /**
     * Nothing signs in to the account any more: its sessions, remembered devices, API tokens, app
     * passwords, calendar feed and email links stop working and its scheduled jobs skip it. Its
     * data stays, for {@link #enable}.
     */
    public Account disable(long adminId, String email) {
        return tx.execute(s -> {
            Account account = byEmail(email);
            if (account.disabled()) {
                return account;
            }
            if (account.admin() && accounts.activeAdmins() <= 1) {
                throw new Conflict("email", account.email() + " is the last admin who can sign in; it stays enabled");
            }
            accounts.setDisabled(account.id(), clock.millis());
            rememberMe.forgetAll(account.id());
            audit.record(adminId, AuditKind.ACCOUNT_DISABLED, "disabled the account " + account.email());
            return accounts.byId(account.id()).orElseThrow();
        });
    }

    /** Signs in again; the sessions and remembered devices it had before stay ended. */
    public Account enable(long adminId, String email) {
        return tx.execute(s -> {
            Account account = byEmail(email);
            if (!account.disabled()) {
                return account;
            }
            accounts.setDisabled(account.id(), null);
            audit.record(adminId, AuditKind.ACCOUNT_ENABLED, "enabled the account " + account.email());
            return accounts.byId(account.id()).orElseThrow();
        });
    }

    /**
     * Removes the account and every row of it, in one transaction. The owner holds the data folder
     * (the CLI's default account) and the last admin runs the server: neither can be deleted.
     */
    public void delete(long adminId, String email) {
        tx.executeWithoutResult(s -> {
            Account account = byEmail(email);
            if (account.owner()) {
                throw new Conflict("email", account.email() + " is the owner of this Kith; the owner's account cannot be deleted");
            }
            if (account.admin() && !account.disabled() && accounts.activeAdmins() <= 1) {
                throw new Conflict("email", account.email() + " is the last admin; it cannot be deleted");
            }
            // Written first: an admin deleting their own account takes this with the rest.
            audit.record(adminId, AuditKind.ACCOUNT_DELETED, "deleted the account " + account.email()
                    + " and everything in it");
            deletion.delete(account.id());
        });
    }

    /** The account becomes an admin too: it sees the admin page and may do all an admin does. */
    public Account grant(long adminId, String email) {
        return tx.execute(s -> {
            Account account = byEmail(email);
            if (account.admin()) {
                return account;
            }
            if (account.disabled()) {
                throw new Conflict("email", account.email() + " is disabled; enable it first, then make it an admin");
            }
            accounts.setAdmin(account.id(), true);
            audit.record(adminId, AuditKind.ADMIN_GRANTED, "made " + account.email() + " an admin");
            return accounts.byId(account.id()).orElseThrow();
        });
    }

    /** The account is an admin no more; the owner stays one, and so does the last admin who can sign in. */
    public Account revoke(long adminId, String email) {
        return tx.execute(s -> {
            Account account = byEmail(email);
            if (!account.admin()) {
                return account;
            }
            if (account.owner()) {
                throw new Conflict("email", account.email() + " is the owner of this Kith; the owner stays an admin");
            }
            if (!account.disabled() && accounts.activeAdmins() <= 1) {
                throw new Conflict("email", account.email() + " is the last admin who can sign in; it stays an admin");
            }
            accounts.setAdmin(account.id(), false);
            audit.record(adminId, AuditKind.ADMIN_REVOKED, account.email() + " is no longer an admin");
            return accounts.byId(account.id()).orElseThrow();
        });
    }

    private Account byEmail(String email) {
        String normalized = Fields.email("email", email);
        return accounts.byEmail(normalized).orElseThrow(() -> new NotFound("No account with email " + normalized));
    }
}
