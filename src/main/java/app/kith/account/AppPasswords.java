package app.kith.account;

import app.kith.Fields;
import app.kith.Invalid;
import app.kith.NotFound;
import app.kith.audit.Audit;
import app.kith.audit.AuditKind;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Passwords for phones and apps that sync contacts, one per device, never the account's own: a
 * phone stores what it is given, so what it is given must be revocable alone and worthless
 * anywhere else (it signs in to nothing but the address book). A password is 24 random letters and
 * digits (about 119 bits) in groups of four, easy to type on a phone; being random, it is kept as its
 * SHA-256 like an API token, not behind a slow password hash that every sync would pay.
 */
public class AppPasswords {

    private static final Logger LOG = LoggerFactory.getLogger(AppPasswords.class);
    // No 0/o, 1/l/i: they are typed by hand. 32 symbols, 5 bits each.
    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    private static final int LENGTH = 24;
    private static final long TOUCH_EVERY_MS = 60_000;
    private static final long AUDIT_EVERY_MS = 3_600_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AppPasswordRepository passwords;
    private final AccountRepository accounts;
    private final Clock clock;
    private final TransactionOperations tx;
    private final Audit audit;

    public AppPasswords(JdbcClient jdbc, Clock clock, TransactionOperations tx, Audit audit) {
        this.passwords = new AppPasswordRepository(jdbc);
        this.accounts = new AccountRepository(jdbc);
        this.clock = clock;
        this.tx = tx;
        this.audit = audit;
    }

    /** A new password named after the device it is for; an account without an email has no user name to give. */
    public NewAppPassword create(long accountId, String name) {
        String label = Fields.required("name", name, 100);
        Account account = accounts.byId(accountId).orElseThrow(() -> new NotFound("No account " + accountId));
        if (account.email() == null) {
            throw new Invalid("email", "The account has no email yet, so a phone has no user name to sign in with: "
                    + "set up a sign-in first (kith account set-password or the first-run page)");
        }
        String password = random();
        AppPassword made = tx.execute(s -> {
            AppPassword inserted = passwords.insert(accountId, label, Secrets.sha256(normal(password)), clock.millis());
            audit.record(accountId, AuditKind.APP_PASSWORD_CREATED, "app password “" + label + "”");
            return inserted;
        });
        return new NewAppPassword(made, password, account.email());
    }

    public List<AppPassword> list(long accountId) {
        return passwords.list(accountId);
    }

    public void revoke(long accountId, long id) {
        tx.executeWithoutResult(s -> {
            String name = passwords.name(accountId, id).orElseThrow(() -> new NotFound("No app password " + id));
            passwords.delete(accountId, id);
            audit.record(accountId, AuditKind.APP_PASSWORD_REVOKED, "app password “" + name + "”");
        });
    }

    /**
     * The account whose email and app password these are. The password may be typed with or
     * without its dashes, in either case. When it was last used is written at most once a minute,
     * and a write that fails (a busy store) never fails the sign-in.
     */
    public Optional<Account> authenticate(String email, String password) {
        if (email == null || password == null || password.length() > 100) {
            return Optional.empty();
        }
        return passwords.byHash(Secrets.sha256(normal(password)))
                .flatMap(match -> accounts.byId(match.accountId())
                        .filter(a -> !a.disabled() && a.email() != null && a.email().equalsIgnoreCase(email.strip()))
                        .map(a -> {
                            touch(match);
                            return a;
                        }));
    }

    private void touch(AppPasswordRepository.Match match) {
        long now = clock.millis();
        if (match.lastUsedAt() != null && now - match.lastUsedAt() < TOUCH_EVERY_MS) {
            return;
        }
        try {
            // The first use in each hour goes to the audit log too, with the same write: one row an hour at most.
            tx.executeWithoutResult(s -> {
                if (passwords.touchFirstSince(match.accountId(), match.id(), now, now - now % AUDIT_EVERY_MS)) {
                    audit.record(match.accountId(), AuditKind.APP_PASSWORD_USED, "app password “" + match.name() + "”");
                } else {
                    passwords.touch(match.accountId(), match.id(), now);
                }
            });
        } catch (RuntimeException e) {
            LOG.debug("App password {} was used, but when could not be written: {}", match.id(), e.getMessage());
        }
    }

    private static String random() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                out.append('-');
            }
            out.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return out.toString();
    }

    private static String normal(String password) {
        return password.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }
}
