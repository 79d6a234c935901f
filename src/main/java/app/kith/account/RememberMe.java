package app.kith.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Keep me signed in" on a device, held by the server: a series (which sign-in) and a token
 * (which use of it), both random, stored only as digests. The token changes at each use, so a
 * stolen cookie used by someone else shows up when its owner presents the old one: every
 * remembered sign-in of the account then ends. Signing out forgets the device's series; a new
 * password forgets them all.
 */
public final class RememberMe {

    public static final Duration LASTS = Duration.ofDays(30);

    /**
     * How long the token before the last change is still accepted: pages restored in several tabs
     * at once all present the same cookie, and only the first gets the new token.
     */
    static final Duration GRACE = Duration.ofMinutes(1);

    private final RememberMeRepository tokens;
    private final Clock clock;

    RememberMe(JdbcClient jdbc, Clock clock) {
        this.tokens = new RememberMeRepository(jdbc);
        this.clock = clock;
    }

    /** A new remembered sign-in for the account, to give the device once. */
    public Token issue(long accountId) {
        long now = clock.millis();
        long expires = now + LASTS.toMillis();
        String series = Secrets.random();
        String token = Secrets.random();
        tokens.deleteExpired(accountId, now);
        tokens.insert(accountId, Secrets.sha256(series), Secrets.sha256(token), now, expires);
        return new Token(series, token, Instant.ofEpochMilli(expires));
    }

    /**
     * The account a device's series and token sign in, with the token it is to keep from now on;
     * empty when they are unknown, expired, forgotten, or an old token that was used elsewhere.
     */
    public Optional<Remembered> use(String series, String token) {
        if (series == null || token == null) {
            return Optional.empty();
        }
        String seriesHash = Secrets.sha256(series);
        Optional<RememberMeRepository.Row> found = tokens.find(seriesHash);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RememberMeRepository.Row row = found.get();
        long now = clock.millis();
        Instant expires = Instant.ofEpochMilli(row.expiresAt());
        if (now >= row.expiresAt()) {
            tokens.delete(seriesHash);
            return Optional.empty();
        }
        String presented = Secrets.sha256(token);
        if (Secrets.same(presented, row.tokenHash())) {
            String fresh = Secrets.random();
            if (tokens.rotate(row.accountId(), seriesHash, row.tokenHash(), Secrets.sha256(fresh), now)) {
                return Optional.of(new Remembered(row.accountId(), new Token(series, fresh, expires)));
            }
            return Optional.of(new Remembered(row.accountId(), null)); // another request just rotated it
        }
        if (Secrets.same(presented, row.previousHash()) && now - row.rotatedAt() < GRACE.toMillis()) {
            return Optional.of(new Remembered(row.accountId(), null));
        }
        // An old token long after it was replaced: someone else has been using this cookie.
        tokens.deleteAll(row.accountId());
        return Optional.empty();
    }

    /** Signing out on a device: its series signs nobody in again. */
    public void forget(String series) {
        if (series != null) {
            tokens.delete(Secrets.sha256(series));
        }
    }

    /** Every device of the account must sign in again. */
    public void forgetAll(long accountId) {
        tokens.deleteAll(accountId);
    }

    /** How many devices the account is remembered on. */
    public int count(long accountId) {
        return tokens.count(accountId);
    }

    /** What a device keeps in its cookie, and until when it signs in. */
    public record Token(String series, String token, Instant expiresAt) {
    }

    /**
     * A remembered sign-in that was accepted. {@code renewed} is the cookie the device keeps from
     * now on, or null when its cookie stays as it is (another request renewed it a moment ago).
     */
    public record Remembered(long accountId, Token renewed) {
    }
}
