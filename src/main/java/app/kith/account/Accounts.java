package app.kith.account;

import app.kith.Checks;
import app.kith.Conflict;
import app.kith.Fields;
import app.kith.Invalid;
import app.kith.NotFound;
import app.kith.audit.Audit;
import app.kith.audit.AuditKind;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/** Accounts, their settings, their passwords and their API tokens. */
public class Accounts {

    /** Refreshing "last used" at most this often keeps API reads from turning into writes. */
    private static final long TOUCH_EVERY_MS = 60_000;
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final AccountRepository accounts;
    private final TokenRepository tokens;
    private final RememberMe rememberMe;
    private final TokenUse tokenUse;
    private final AccountAdmin admin;
    private final Invitations invitations;
    private final TransactionOperations tx;
    private final Clock clock;
    private final Audit audit;
    private final Passwords passwords = new Passwords();

    /** {@code writesApart} runs the writes a request must not wait for (when a token was used). */
    public Accounts(JdbcClient jdbc, TransactionOperations tx, Clock clock, Audit audit, Executor writesApart) {
        this.accounts = new AccountRepository(jdbc);
        this.tokens = new TokenRepository(jdbc);
        this.rememberMe = new RememberMe(jdbc, clock);
        this.tokenUse = new TokenUse(tokens, audit, tx, writesApart);
        this.tx = tx;
        this.clock = clock;
        this.audit = audit;
        this.admin = new AccountAdmin(jdbc, rememberMe, tx, clock, audit);
        this.invitations = new Invitations(jdbc, this, tx, clock, audit);
    }

    /** Listing, disabling and deleting accounts, for admins and the CLI. */
    public AccountAdmin admin() {
        return admin;
    }

    /** Links to sign up with, made by admins. */
    public Invitations invitations() {
        return invitations;
    }

    /**
     * A new account made by its own user (open sign-up), beside the owner's; refused until the
     * owner is set up. It starts as empty as any new account.
     */
    public Account signUp(String email, String password) {
        return signUp(email, password, normalized -> { });
    }

    /** Signs up after {@code first} ran in the same transaction (an invitation used up). */
    Account signUp(String email, String password, Consumer<String> first) {
        checkSignIn(email, password);
        String normalized = Fields.email("email", email);
        String hash = passwords.hash(password);
        return tx.execute(s -> {
            if (owner().email() == null) {
                throw new Conflict("email", "Kith is not set up yet; its owner signs up first");
            }
            first.accept(normalized);
            if (accounts.byEmail(normalized).isPresent()) {
                throw new Conflict("email", TAKEN);
            }
            return byId(accounts.insert(normalized, hash, ZoneId.systemDefault(), clock.millis()));
        });
    }

    /** Says the email cannot be used, and no more: whose it is and whether it is disabled stay unsaid. */
    public static final String TAKEN = "That email cannot be used to sign up here; if it is yours, sign in instead";

    /** The data folder's owner, made on first use so every command works at once. */
    public Account owner() {
        return accounts.owner().orElseGet(() -> tx.execute(s -> {
            accounts.insertOwnerIfMissing(ZoneId.systemDefault(), clock.millis());
            return accounts.owner().orElseThrow();
        }));
    }

    /** How many accounts this store holds (the owner's among them). */
    public int count() {
        return accounts.count();
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
    /** Checks the email and password of a new sign-in as {@link #create} does, both at once; writes nothing. */
    public void checkSignIn(String email, String password) {
        Checks checks = new Checks();
        checks.run(() -> Fields.email("email", email));
        checks.run(() -> Passwords.check("password", password));
        checks.done();
    }

    /** Checks a new password as every way of setting one does; writes nothing. */
    public void checkPassword(String password) {
        Passwords.check("password", password);
    }

    public AccountCreated create(String email, String password) {
        checkSignIn(email, password);
        String normalized = Fields.email("email", email);
        String hash = passwords.hash(password);
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
        checkSignIn(email, password);
        String normalized = Fields.email("email", email);
        String hash = passwords.hash(password);
        return tx.execute(s -> {
            Account owner = owner();
            if (owner.email() != null) {
                throw new Conflict("email", "Kith is already set up; sign in instead");
            }
            accounts.setSignIn(owner.id(), normalized, hash);
            return byId(owner.id());
        });
    }

    /**
     * The account whose email and password match, if any. A password stored the old way is
     * stored anew while it is at hand; that ends no session.
     */
    public Optional<SignIn> signIn(String email, String password) {
        Optional<Credentials> found = emailKey(email).flatMap(accounts::credentials);
        if (found.isEmpty()) {
            passwords.decoy(password);
            return Optional.empty();
        }
        Credentials credentials = found.get();
        if (!passwords.matches(password, credentials.passwordHash())) {
            return Optional.empty();
        }
        if (passwords.outdated(credentials.passwordHash())) {
            accounts.rehash(credentials.accountId(), credentials.passwordHash(), passwords.hash(password));
        }
        accounts.signedIn(credentials.accountId(), clock.millis());
        return Optional.of(credentials.signIn());
    }

    /** The account's sign-in as it stands, or empty when it cannot sign in (no account, no password). */
    public Optional<SignIn> signInOf(long accountId) {
        return accounts.credentials(accountId).map(Credentials::signIn);
    }

    public Optional<SignIn> signInOf(String email) {
        return emailKey(email).flatMap(accounts::credentials).map(Credentials::signIn);
    }

    /**
     * A new password, given the current one (from the web app). Every session and remembered
     * sign-in of the account ends; the caller carries on with the returned version.
     */
    public SignIn changePassword(long accountId, String current, String next) {
        Credentials credentials = accounts.credentials(accountId)
                .orElseThrow(() -> new NotFound("No account " + accountId + " that signs in"));
        Checks checks = new Checks();
        if (!passwords.matches(current, credentials.passwordHash())) {
            checks.refuse("currentPassword", "that is not your current password");
        }
        checks.run(() -> Passwords.check("password", next));
        checks.done();
        return replacePassword(credentials, next, "password changed");
    }

    /** A new password, set by whoever holds the data folder (the command line). */
    public SignIn setPassword(long accountId, String next) {
        Credentials credentials = accounts.credentials(accountId).orElseThrow(() -> new Conflict("account",
                byId(accountId).label() + " has no sign-in yet; give it one with: kith account create --email EMAIL"));
        return replacePassword(credentials, next, "password set from the command line");
    }

    private SignIn replacePassword(Credentials credentials, String next, String detail) {
        Passwords.check("password", next);
        String hash = passwords.hash(next);
        tx.executeWithoutResult(s -> {
            accounts.changePassword(credentials.accountId(), hash);
            rememberMe.forgetAll(credentials.accountId());
            audit.record(credentials.accountId(), AuditKind.PASSWORD_CHANGED, detail);
        });
        return new SignIn(credentials.accountId(), credentials.email(), credentials.signInVersion() + 1);
    }

    /** Remembered sign-ins ("keep me signed in"). */
    public RememberMe rememberMe() {
        return rememberMe;
    }

    private static Optional<String> emailKey(String email) {
        return email == null || email.isBlank() ? Optional.empty() : Optional.of(email.strip().toLowerCase(Locale.ROOT));
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

    /** Checks settings as {@link #changeSettings} does, saying everything wrong at once; writes nothing. */
    public void checkSettings(SettingsChange change) {
        Checks checks = new Checks();
        checks.run(() -> between("capacity", change.capacity(), 1, Settings.MAX_CAPACITY));
        checks.run(() -> {
            if (change.timeZone() != null) {
                zone(change.timeZone());
            }
        });
        checks.run(() -> between("followUpDays", change.followUpDays(), 1, 365));
        checks.run(() -> between("followUpsBeforeDrop", change.followUpsBeforeDrop(), 0, 20));
        checks.run(() -> between("introFollowUpDays", change.introFollowUpDays(), 1, 365));
        checks.run(() -> {
            if (change.defaultRhythmDays() != null) {
                change.defaultRhythmDays().ifPresent(days -> Fields.rhythm("defaultRhythmDays", days));
            }
        });
        checks.run(() -> between("followUpShare", change.followUpShare(), 0, 100));
        checks.run(() -> between("replyWindowDays", change.replyWindowDays(), 2, 365));
        checks.run(() -> {
            if (change.yourName() != null) {
                Fields.optional("yourName", change.yourName(), 100);
            }
        });
        checks.done();
    }

    /** Changes the settings given (null: unchanged); all are checked before any is written. */
    public Settings changeSettings(long accountId, SettingsChange change) {
        checkSettings(change);
        Integer capacity = between("capacity", change.capacity(), 1, Settings.MAX_CAPACITY);
        ZoneId id = change.timeZone() == null ? null : zone(change.timeZone());
        Integer followUp = between("followUpDays", change.followUpDays(), 1, 365);
        Integer beforeDrop = between("followUpsBeforeDrop", change.followUpsBeforeDrop(), 0, 20);
        Integer introFollowUp = between("introFollowUpDays", change.introFollowUpDays(), 1, 365);
        Optional<Integer> rhythm = change.defaultRhythmDays() == null ? null
                : change.defaultRhythmDays().map(days -> Fields.rhythm("defaultRhythmDays", days));
        Integer share = between("followUpShare", change.followUpShare(), 0, 100);
        Integer replyWindow = between("replyWindowDays", change.replyWindowDays(), 2, 365);
        String name = change.yourName() == null ? null : Fields.optional("yourName", change.yourName(), 100);
        Settings current = byId(accountId).settings();
        Settings settings = new Settings(capacity == null ? current.capacity() : capacity,
                id == null ? current.timeZone() : id, followUp == null ? current.followUpDays() : followUp,
                beforeDrop == null ? current.followUpsBeforeDrop() : beforeDrop,
                introFollowUp == null ? current.introFollowUpDays() : introFollowUp,
                rhythm == null ? current.defaultRhythmDays() : rhythm.orElse(null),
                share == null ? current.followUpShare() : share,
                replyWindow == null ? current.replyWindowDays() : replyWindow,
                change.yourName() == null ? current.yourName() : name);
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

    /** A token that may do everything and never ends, as every token could before scopes. */
    public NewToken newToken(long accountId, String name) {
        return newToken(accountId, name, TokenScope.WRITE, null);
    }

    /** {@code expiresAt} null: it never ends (see {@link TokenExpiry} for the ways it is typed). */
    public NewToken newToken(long accountId, String name, TokenScope scope, Instant end) {
        String label = Fields.required("name", name, 100);
        // Stored to the millisecond: the token made says the end that is kept.
        Instant expiresAt = end == null ? null
                : TokenExpiry.checked("expiresAt", end, clock.instant()).truncatedTo(ChronoUnit.MILLIS);
        String secret = "kith_" + Secrets.random();
        ApiToken token = tx.execute(s -> {
            ApiToken made = tokens.insert(accountId, label, Secrets.sha256(secret), scope, expiresAt, clock.millis());
            audit.record(accountId, AuditKind.TOKEN_CREATED, "token “" + label + "” (" + scope.key()
                    + (expiresAt == null ? "" : ", until " + UNTIL.format(expiresAt)) + ")");
            return made;
        });
        return new NewToken(token, secret);
    }

    public List<ApiToken> tokens(long accountId) {
        return tokens.list(accountId);
    }

    public void revokeToken(long accountId, long tokenId) {
        tx.executeWithoutResult(s -> {
            ApiToken token = tokens.find(accountId, tokenId).orElseThrow(() -> new NotFound("No token " + tokenId));
            tokens.delete(accountId, tokenId);
            audit.record(accountId, AuditKind.TOKEN_REVOKED, "token “" + token.name() + "”");
        });
    }

    /** The account a bearer token belongs to, if the token is known and has not expired, whatever its scope. */
    public Optional<Account> authenticate(String secret) {
        return checkToken(secret).flatMap(check -> check instanceof TokenCheck.Granted granted
                ? Optional.of(granted.account()) : Optional.<Account>empty());
    }

    /**
     * What a bearer token allows, if the token is known. Only reads: when the token was last used
     * is written apart ({@link TokenUse}), so a busy store never fails the request; an expired
     * token is not counted as used.
     */
    public Optional<TokenCheck> checkToken(String secret) {
        if (secret == null || !secret.startsWith("kith_") || secret.length() > 200) {
            return Optional.empty();
        }
        return tokens.byHash(Secrets.sha256(secret)).map(match -> {
            long now = clock.millis();
            if (match.expiresAt() != null && now >= match.expiresAt()) {
                return new TokenCheck.Expired(Instant.ofEpochMilli(match.expiresAt()));
            }
            Account account = match.account();
            if (account.disabled()) {
                return null;
            }
            if (match.lastUsedAt() == null || now - match.lastUsedAt() > TOUCH_EVERY_MS) {
                tokenUse.used(match, now);
            }
            return new TokenCheck.Granted(account, match.scope(),
                    match.expiresAt() == null ? null : Instant.ofEpochMilli(match.expiresAt()));
        });
    }
}
