package app.kith.account;

import app.kith.Conflict;
import app.kith.Fields;
import app.kith.Invalid;
import app.kith.NotFound;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionOperations;

/** Accounts, their settings and their API tokens. */
public class Accounts {

    static final int MIN_PASSWORD = 8;
    /** Refreshing "last used" at most this often keeps API reads from turning into writes. */
    private static final long TOUCH_EVERY_MS = 60_000;

    private final AccountRepository accounts;
    private final TokenRepository tokens;
    private final TokenUse tokenUse;
    private final TransactionOperations tx;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private PasswordEncoder passwords;

    public Accounts(JdbcClient jdbc, TransactionOperations tx, Clock clock) {
        this.accounts = new AccountRepository(jdbc);
        this.tokens = new TokenRepository(jdbc);
        this.tokenUse = new TokenUse(tokens);
        this.tx = tx;
        this.clock = clock;
    }

    /** The data folder's owner, made on first use so every command works at once. */
    public Account owner() {
        return accounts.owner().orElseGet(() -> tx.execute(s -> {
            accounts.insertOwnerIfMissing(ZoneId.systemDefault(), clock.millis());
            return accounts.owner().orElseThrow();
        }));
    }

    public Account byId(long id) {
        return accounts.byId(id).orElseThrow(() -> new NotFound("No account " + id));
    }

    public Account byEmail(String email) {
        String normalized = Fields.email("email", email);
        return accounts.byEmail(normalized).orElseThrow(() -> new NotFound("No account with email " + normalized));
    }

    /** True until an account can sign in: the web app then offers first-run setup. */
    public boolean needsSetup() {
        return owner().email() == null;
    }

    /**
     * The first call gives the owner its sign-in (its data stays); later calls add accounts.
     */
    public AccountCreated create(String email, String password) {
        String normalized = Fields.email("email", email);
        checkPassword(password);
        String hash = encoder().encode(password);
        return tx.execute(s -> {
            if (accounts.byEmail(normalized).isPresent()) {
                throw new Conflict("email", "An account with email " + normalized + " already exists");
            }
            Account owner = owner();
            if (owner.email() == null) {
                accounts.setSignIn(owner.id(), normalized, hash);
                return new AccountCreated(byId(owner.id()), true);
            }
            long id = accounts.insert(normalized, hash, ZoneId.systemDefault(), clock.millis());
            return new AccountCreated(byId(id), false);
        });
    }

    /**
     * First-run setup from the web: gives the owner its sign-in, and only while no one can sign
     * in yet, so a second visitor to the setup page cannot take over the data folder.
     */
    public Account setUpOwner(String email, String password) {
        String normalized = Fields.email("email", email);
        checkPassword(password);
        String hash = encoder().encode(password);
        return tx.execute(s -> {
            Account owner = owner();
            if (owner.email() != null) {
                throw new Conflict("email", "Kith is already set up; sign in instead");
            }
            accounts.setSignIn(owner.id(), normalized, hash);
            return byId(owner.id());
        });
    }

    /** What a sign-in checks the password against. */
    public Optional<Credentials> credentials(String email) {
        return email == null ? Optional.empty() : accounts.credentials(email.strip().toLowerCase(java.util.Locale.ROOT));
    }

    /** A random secret the server keeps in the store, the same on every node (e.g. the remember-me key). */
    public String serverSecret(String name) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return accounts.secret(name, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The account whose email and password match, if any. */
    public Optional<Account> signIn(String email, String password) {
        Optional<String> hash = accounts.passwordHash(email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT));
        if (hash.isEmpty() || password == null || !encoder().matches(password, hash.get())) {
            return Optional.empty();
        }
        return accounts.byEmail(email.strip().toLowerCase(java.util.Locale.ROOT));
    }

    public Settings setCapacity(long accountId, int capacity) {
        return changeSettings(accountId, capacity, null);
    }

    public Settings setTimeZone(long accountId, String zone) {
        return changeSettings(accountId, null, zone);
    }

    /** Changes the capacity and the time zone given (null: unchanged); both are checked before either is written. */
    public Settings changeSettings(long accountId, Integer capacity, String zone) {
        return changeSettings(accountId, new SettingsChange(capacity, zone, null, null, null));
    }

    /** Changes the settings given (null: unchanged); all are checked before any is written. */
    public Settings changeSettings(long accountId, SettingsChange change) {
        Integer capacity = between("capacity", change.capacity(), 1, Settings.MAX_CAPACITY);
        ZoneId id = change.timeZone() == null ? null : zone(change.timeZone());
        Integer followUp = between("followUpDays", change.followUpDays(), 1, 365);
        Integer beforeDrop = between("followUpsBeforeDrop", change.followUpsBeforeDrop(), 0, 20);
        Integer introFollowUp = between("introFollowUpDays", change.introFollowUpDays(), 1, 365);
        Settings current = byId(accountId).settings();
        Settings settings = new Settings(capacity == null ? current.capacity() : capacity,
                id == null ? current.timeZone() : id, followUp == null ? current.followUpDays() : followUp,
                beforeDrop == null ? current.followUpsBeforeDrop() : beforeDrop,
                introFollowUp == null ? current.introFollowUpDays() : introFollowUp);
        accounts.updateSettings(accountId, settings);
        return settings;
    }

    private static Integer between(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new Invalid(field, field + " must be between " + min + " and " + max + ", not " + value);
        }
        return value;
    }

    private static ZoneId zone(String zone) {
        try {
            return ZoneId.of(Fields.required("timeZone", zone, 64));
        } catch (DateTimeException e) {
            throw new Invalid("timeZone", "\"" + zone + "\" is not a time zone; use a name like Europe/Paris or UTC");
        }
    }

    public NewToken newToken(long accountId, String name) {
        String label = Fields.required("name", name, 100);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = "kith_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token = tokens.insert(accountId, label, sha256(secret), clock.millis());
        return new NewToken(token, secret);
    }

    public List<ApiToken> tokens(long accountId) {
        return tokens.list(accountId);
    }

    public void revokeToken(long accountId, long tokenId) {
        if (!tokens.delete(accountId, tokenId)) {
            throw new NotFound("No token " + tokenId);
        }
    }

    /**
     * The account a bearer token belongs to, if the token is known. Only reads: when the token was
     * last used is written apart ({@link TokenUse}), so a busy store never fails the request.
     */
    public Optional<Account> authenticate(String secret) {
        if (secret == null || !secret.startsWith("kith_") || secret.length() > 200) {
            return Optional.empty();
        }
        return tokens.byHash(sha256(secret)).map(match -> {
            long now = clock.millis();
            if (match.lastUsedAt() == null || now - match.lastUsedAt() > TOUCH_EVERY_MS) {
                tokenUse.used(match.tokenId(), now);
            }
            return byId(match.accountId());
        });
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new Invalid("password", "password must be at least " + MIN_PASSWORD + " characters");
        }
        if (password.length() > 200) {
            throw new Invalid("password", "password must be at most 200 characters");
        }
    }

    /** The encoder passwords are stored with; sign-in checks against it. */
    public PasswordEncoder passwordEncoder() {
        return encoder();
    }

    // Built on first use: the delegating encoder is cheap, but most CLI commands never hash a password.
    private PasswordEncoder encoder() {
        if (passwords == null) {
            passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        }
        return passwords;
    }

    // Tokens carry 256 random bits, so a fast hash is safe; a slow password hash would tax every API call.
    private static String sha256(String secret) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
