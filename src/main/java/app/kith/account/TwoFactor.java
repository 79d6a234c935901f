package app.kith.account;

import app.kith.Conflict;
import app.kith.Invalid;
import app.kith.NotFound;
import app.kith.SecretKey;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Optional two-factor sign-in: after the password, a code from an authenticator app (TOTP), or
 * one of ten recovery codes, each good once. Turned on in two steps, so a secret the phone never
 * took cannot lock anyone out: {@link #begin} makes a secret, {@link #confirm} turns it on when a
 * code made from it comes back. A code is accepted once (the time-step of the last one is
 * remembered). API tokens and app passwords are not asked for a code: each is a credential of its
 * own, made while signed in, and revocable alone.
 */
public class TwoFactor {

    public static final int RECOVERY_CODES = 10;
    private static final String ISSUER = "Kith";
    // As app passwords: no 0/o, 1/l/i, since they are typed by hand. 16 of 31 symbols: about 79 bits.
    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    private static final int RECOVERY_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TwoFactorRepository rows;
    private final AccountRepository accounts;
    private final TransactionOperations tx;
    private final Clock clock;
    private final SecretKey key;
    private final Passwords passwords = new Passwords();

    public TwoFactor(JdbcClient jdbc, TransactionOperations tx, Clock clock, SecretKey key) {
        this.rows = new TwoFactorRepository(jdbc);
        this.accounts = new AccountRepository(jdbc);
        this.tx = tx;
        this.clock = clock;
        this.key = key;
    }

    public TwoFactorStatus status(long accountId) {
        Optional<TwoFactorRepository.Row> row = rows.find(accountId).filter(r -> r.enabledAt() != null);
        return row.map(r -> new TwoFactorStatus(true, Instant.ofEpochMilli(r.enabledAt()), rows.recoveryCodesLeft(accountId)))
                .orElse(new TwoFactorStatus(false, null, 0));
    }

    /** True when signing in as this account asks for a code after the password. */
    public boolean asked(long accountId) {
        return rows.find(accountId).map(r -> r.enabledAt() != null).orElse(false);
    }

    /** A new secret to confirm, in place of any setup not confirmed; refused while two-factor is on. */
    public TwoFactorSetup begin(long accountId) {
        Account account = accounts.byId(accountId).orElseThrow(() -> new NotFound("No account " + accountId));
        if (account.email() == null) {
            throw new Conflict("twoFactor", "The account has no sign-in yet, so no code to ask for at sign-in");
        }
        String secret = Totp.newSecret();
        boolean begun = tx.execute(s -> rows.begin(accountId, key.seal(secret), clock.millis()));
        if (!begun) {
            throw new Conflict("twoFactor", "Two-factor sign-in is already on; turn it off first to use another app");
        }
        return setup(account.email(), secret);
    }

    /** The setup begun and not yet confirmed, to show again (after a wrong code, say). */
    public Optional<TwoFactorSetup> pending(long accountId) {
        return rows.find(accountId).filter(r -> r.enabledAt() == null).flatMap(r -> accounts.byId(accountId)
                .map(a -> setup(a.email(), open(r.secretSealed()))));
    }

    /**
     * Turns two-factor on when the code was made from the setup's secret, and gives the recovery
     * codes, to show this once: only their digests are kept.
     */
    public List<String> confirm(long accountId, String code) {
        String typed = normal(code);
        return tx.execute(s -> {
            TwoFactorRepository.Row row = rows.find(accountId).filter(r -> r.enabledAt() == null).orElseThrow(() ->
                    new Conflict("twoFactor", "No two-factor setup to confirm; start again"));
            OptionalLong step = Totp.looksLikeCode(typed)
                    ? Totp.stepOf(open(row.secretSealed()), typed, clock.instant()) : OptionalLong.empty();
            if (step.isEmpty()) {
                throw new Invalid("code", "that is not the code your app shows now; type the "
                        + Totp.DIGITS + " digits it shows for Kith");
            }
            rows.enable(accountId, step.getAsLong(), clock.millis());
            return recoveryCodes(accountId);
        });
    }

    /**
     * The second step of a sign-in. A code is taken once, and none older than the last taken; a
     * recovery code is used up. Neither tells which was wrong.
     */
    public CodeCheck check(long accountId, String typed) {
        String code = normal(typed);
        if (code.isEmpty() || code.length() > 64) {
            return CodeCheck.REFUSED;
        }
        Optional<TwoFactorRepository.Row> row = rows.find(accountId).filter(r -> r.enabledAt() != null);
        if (row.isEmpty()) {
            return CodeCheck.REFUSED;
        }
        if (Totp.looksLikeCode(code)) {
            OptionalLong step = Totp.stepOf(open(row.get().secretSealed()), code, clock.instant());
            return step.isPresent() && rows.take(accountId, step.getAsLong()) ? CodeCheck.CODE : CodeCheck.REFUSED;
        }
        return rows.useRecoveryCode(accountId, Secrets.sha256(code), clock.millis())
                ? CodeCheck.RECOVERY_CODE : CodeCheck.REFUSED;
    }

    /** Ten new recovery codes in place of the old ones (used or not), to show this once. */
    public List<String> newRecoveryCodes(long accountId) {
        return tx.execute(s -> {
            if (!asked(accountId)) {
                throw new Conflict("twoFactor", "Two-factor sign-in is off: there are no recovery codes to replace");
            }
            return recoveryCodes(accountId);
        });
    }

    /**
     * Turns two-factor off from the web, given the account's password or a current code (or a
     * recovery code); {@code confirm} names the field refused.
     */
    public void turnOff(long accountId, String passwordOrCode) {
        boolean password = accounts.credentials(accountId)
                .map(c -> passwords.matches(passwordOrCode, c.passwordHash())).orElse(false);
        if (!password && !check(accountId, passwordOrCode).accepted()) {
            throw new Invalid("confirm", "that is neither your password nor a current code");
        }
        turnOff(accountId);
    }

    /** Turns two-factor off; whoever holds the data folder may (the command line). False when it was off. */
    public boolean turnOff(long accountId) {
        return Boolean.TRUE.equals(tx.execute(s -> rows.delete(accountId)));
    }

    private List<String> recoveryCodes(long accountId) {
        List<String> codes = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String code = recoveryCode();
            codes.add(code);
            hashes.add(Secrets.sha256(normal(code)));
        }
        rows.replaceRecoveryCodes(accountId, hashes);
        return List.copyOf(codes);
    }

    private static String recoveryCode() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < RECOVERY_LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                out.append('-');
            }
            out.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return out.toString();
    }

    private String open(String sealed) {
        return key.open(sealed, "twoFactor", "two-factor secret",
                "Turn two-factor sign-in off (kith account two-factor off) and on again with a new secret.");
    }

    private static TwoFactorSetup setup(String email, String secret) {
        String label = URLEncoder.encode(ISSUER + ":" + email, StandardCharsets.UTF_8).replace("+", "%20");
        return new TwoFactorSetup(secret, "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + ISSUER
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP.getSeconds());
    }

    /** As typed or pasted: spaces and dashes aside, in either case. */
    private static String normal(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }
}
