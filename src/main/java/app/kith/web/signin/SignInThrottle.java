package app.kith.web.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Slows down password guessing: after {@value #PER_EMAIL} failed sign-ins for one email, or
 * {@value #PER_ADDRESS} from one address, within {@link #WINDOW}, further attempts are refused
 * until the window has passed. An attempt counts as a failure from the moment it is let through,
 * before its password is checked, and is taken back if it succeeds: so requests sent all at once
 * cannot all slip in before the first failures are counted.
 *
 * <p>The counts are rows in the store ({@code sign_in_attempt}), so every server node counts the
 * same attempts: guesses spread over nodes wait as soon as they would on one. Emails and
 * addresses are kept as hashes, and rows older than the window are deleted as attempts come.
 */
public final class SignInThrottle {

    static final int PER_EMAIL = 5;
    static final int PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    /** One attempt let through, as counted under its email and its address. */
    public static final class Attempt {
        private final String email;
        private final String address;
        private final String id;
        private final long at;

        private Attempt(String email, String address, String id, long at) {
            this.email = email;
            this.address = address;
            this.id = id;
            this.at = at;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Lets an attempt through, already counted as failed; empty when the email or the address must
     * wait. Synchronized so that this node's attempts are checked and counted one at a time.
     */
    public synchronized Optional<Attempt> attempt(String email, String address) {
        long now = clock.millis();
        Attempt attempt = new Attempt(emailKey(email), addressKey(address), UUID.randomUUID().toString(), now);
        jdbc.sql("DELETE FROM sign_in_attempt WHERE at <= :before").param("before", now - WINDOW.toMillis()).update();
        if (blockedUntil(attempt.email, PER_EMAIL, now) > 0 || blockedUntil(attempt.address, PER_ADDRESS, now) > 0) {
            return Optional.empty();
        }
        count(attempt, attempt.email);
        count(attempt, attempt.address);
        // Another node may have counted attempts between the check and now: past the limit, this one waits too.
        if (recent(attempt.email, now).count() > PER_EMAIL || recent(attempt.address, now).count() > PER_ADDRESS) {
            forget(attempt);
            return Optional.empty();
        }
        return Optional.of(attempt);
    }

    /** How long until this email from this address may try again; zero when it may now. */
    public Duration wait(String email, String address) {
        long now = clock.millis();
        long until = Math.max(blockedUntil(emailKey(email), PER_EMAIL, now),
                blockedUntil(addressKey(address), PER_ADDRESS, now));
        return Duration.ofMillis(Math.max(0, until - now));
    }

    /** "Try again in N minutes.", for this email from this address. */
    public String tryAgain(String email, String address) {
        return tryAgainIn(minutes(wait(email, address)));
    }

    /** "Try again in N minutes.", the words of every form the throttle holds back. */
    static String tryAgainIn(long minutes) {
        return "Try again in " + minutes + (minutes == 1 ? " minute." : " minutes.");
    }

    /** Whole minutes, rounded up, never zero: "try again in 1 minute" rather than "in 0". */
    static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    /**
     * True for the first refusal of an email while it waits, false for the rest of that wait (and
     * when it need not wait): a guesser's every try is refused, but the audit log says so once.
     * "First" is a row in the store ({@code sign_in_refusal}): of nodes refusing the same wait at
     * once, only the one whose insert adds it is first, so a guesser spread over nodes is logged once.
     */
    public boolean firstRefusal(String email, String address) {
        long now = clock.millis();
        String emailKey = emailKey(email);
        long until = Math.max(blockedUntil(emailKey, PER_EMAIL, now), blockedUntil(addressKey(address), PER_ADDRESS, now));
        if (until <= now) {
            return false;
        }
        jdbc.sql("DELETE FROM sign_in_refusal WHERE wait_until <= :now").param("now", now).update();
        return jdbc.sql("""
                INSERT INTO sign_in_refusal (throttle_key, wait_until) VALUES (:key, :until)
                ON CONFLICT (throttle_key, wait_until) DO NOTHING
                """).param("key", emailKey).param("until", until).update() == 1;
    }

    /**
     * The password was right: the attempt was no failure, and the email's failures before it are
     * forgotten. The address's other failures stand: one success there says nothing of the rest.
     */
    public void succeeded(Attempt attempt) {
        jdbc.sql("DELETE FROM sign_in_attempt WHERE throttle_key = :key AND at <= :at")
                .param("key", attempt.email).param("at", attempt.at).update();
        forget(attempt);
    }

    private void count(Attempt attempt, String key) {
        jdbc.sql("INSERT INTO sign_in_attempt (throttle_key, attempt, at) VALUES (:key, :attempt, :at)")
                .param("key", key).param("attempt", attempt.id).param("at", attempt.at).update();
    }

    private void forget(Attempt attempt) {
        jdbc.sql("DELETE FROM sign_in_attempt WHERE throttle_key IN (:email, :address) AND attempt = :attempt")
                .param("email", attempt.email).param("address", attempt.address).param("attempt", attempt.id).update();
    }

    private record Recent(long count, long earliest) {
    }

    private Recent recent(String key, long now) {
        return jdbc.sql("SELECT count(*), min(at) FROM sign_in_attempt WHERE throttle_key = :key AND at > :since")
                .param("key", key).param("since", now - WINDOW.toMillis())
                .query((rs, n) -> new Recent(rs.getLong(1), rs.getLong(2))).single();
    }

    /** When the key may try again (0: now). */
    private long blockedUntil(String key, int limit, long now) {
        Recent recent = recent(key, now);
        return recent.count() >= limit ? recent.earliest() + WINDOW.toMillis() : 0;
    }

    private static String emailKey(String email) {
        return hash("email:" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT)));
    }

    private static String addressKey(String address) {
        return hash("address:" + address);
    }

    private static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
