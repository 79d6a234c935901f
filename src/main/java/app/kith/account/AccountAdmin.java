package app.kith.account;

import app.kith.Conflict;
import app.kith.Fields;
import app.kith.NotFound;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * What an admin does to the other accounts of a server: list, disable, enable, delete. The CLI
 * (whoever holds the data folder) and the admin page both come here; neither may leave the server
 * without an admin who can sign in.
 */
public class AccountAdmin {

    private final AccountRepository accounts;
    private final AccountDeletion deletion;
    private final RememberMe rememberMe;
    private final TransactionOperations tx;
    private final Clock clock;

    AccountAdmin(JdbcClient jdbc, RememberMe rememberMe, TransactionOperations tx, Clock clock) {
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
    public Account disable(String email) {
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
            return accounts.byId(account.id()).orElseThrow();
        });
    }

    /** Signs in again; the sessions and remembered devices it had before stay ended. */
    public Account enable(String email) {
        return tx.execute(s -> {
            Account account = byEmail(email);
            accounts.setDisabled(account.id(), null);
            return accounts.byId(account.id()).orElseThrow();
        });
    }

    /**
     * Removes the account and every row of it, in one transaction. The owner holds the data folder
     * (the CLI's default account) and the last admin runs the server: neither can be deleted.
     */
    public void delete(String email) {
        tx.executeWithoutResult(s -> {
            Account account = byEmail(email);
            if (account.owner()) {
                throw new Conflict("email", account.email() + " is the owner of this Kith; the owner's account cannot be deleted");
            }
            if (account.admin() && !account.disabled() && accounts.activeAdmins() <= 1) {
                throw new Conflict("email", account.email() + " is the last admin; it cannot be deleted");
            }
            deletion.delete(account.id());
        });
    }

    private Account byEmail(String email) {
        String normalized = Fields.email("email", email);
        return accounts.byEmail(normalized).orElseThrow(() -> new NotFound("No account with email " + normalized));
    }
}
