package app.kith.web.signin;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down password guessing: after {@value #PER_EMAIL} failed sign-ins for one email, or
 * {@value #PER_ADDRESS} from one address, within {@link #WINDOW}, further attempts are refused
 * until the window has passed. An attempt counts as a failure from the moment it is let through,
 * before its password is checked, and is taken back if it succeeds: so requests sent all at once
 * cannot all slip in before the first failures are counted. Kept in memory: on several nodes
 * each counts its own.
 */
public final class SignInThrottle {

    static final int PER_EMAIL = 5;
    static final int PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    /** Past this many emails and addresses remembered, the quiet ones are forgotten. */
    private static final int SWEEP_ABOVE = 10_000;

    /** One attempt let through; the throttle knows it by identity. */
    public static final class Attempt {
        private final String email;
        private final String address;
        private final long at;

        private Attempt(String email, String address, long at) {
            this.email = email;
            this.address = address;
            this.at = at;
        }
    }

    private final Map<String, Deque<Attempt>> attempts = new HashMap<>();
    /** By email: until when the last refusal written to the log was held back. */
    private final Map<String, Long> told = new HashMap<>();
    private final Clock clock;

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Lets an attempt through, already counted as failed; empty when the email or the address must wait. */
    public synchronized Optional<Attempt> attempt(String email, String address) {
        long now = clock.millis();
        Attempt attempt = new Attempt("email:" + key(email), "address:" + address, now);
        if (blockedUntil(attempt.email, PER_EMAIL, now) > 0 || blockedUntil(attempt.address, PER_ADDRESS, now) > 0) {
            return Optional.empty();
        }
        if (attempts.size() > SWEEP_ABOVE) {
            sweep(now);
        }
        attempts.computeIfAbsent(attempt.email, k -> new ArrayDeque<>()).addLast(attempt);
        attempts.computeIfAbsent(attempt.address, k -> new ArrayDeque<>()).addLast(attempt);
        return Optional.of(attempt);
    }

    /** How long until this email from this address may try again; zero when it may now. */
    public synchronized Duration wait(String email, String address) {
        long now = clock.millis();
        long until = Math.max(blockedUntil("email:" + key(email), PER_EMAIL, now),
                blockedUntil("address:" + address, PER_ADDRESS, now));
        return Duration.ofMillis(Math.max(0, until - now));
    }

    /**
     * True for the first refusal of an email while it waits, false for the rest of that wait (and
     * when it need not wait): a guesser's every try is refused, but the audit log says so once.
     */
    public synchronized boolean firstRefusal(String email, String address) {
        long now = clock.millis();
        long until = Math.max(blockedUntil("email:" + key(email), PER_EMAIL, now),
                blockedUntil("address:" + address, PER_ADDRESS, now));
        if (until <= now) {
            return false;
        }
        if (told.size() > SWEEP_ABOVE) {
            told.values().removeIf(u -> u <= now);
        }
        Long was = told.put(key(email), until);
        return was == null || was != until;
    }

    /**
     * The password was right: the attempt was no failure, and the email's failures before it are
     * forgotten. The address's other failures stand: one success there says nothing of the rest.
     */
    public synchronized void succeeded(Attempt attempt) {
        Deque<Attempt> byEmail = attempts.get(attempt.email);
        if (byEmail != null) {
            Iterator<Attempt> earliest = byEmail.iterator();
            while (earliest.hasNext()) {
                Attempt a = earliest.next();
                earliest.remove();
                if (a == attempt) {
                    break;
                }
            }
        }
        Deque<Attempt> byAddress = attempts.get(attempt.address);
        if (byAddress != null) {
            byAddress.removeIf(a -> a == attempt);
        }
    }

    /** When the key may try again (0: now). */
    private long blockedUntil(String key, int limit, long now) {
        Deque<Attempt> times = attempts.get(key);
        if (times == null) {
            return 0;
        }
        prune(times, now);
        if (times.isEmpty()) {
            attempts.remove(key);
            return 0;
        }
        return times.size() >= limit ? times.peekFirst().at + WINDOW.toMillis() : 0;
    }

    private void sweep(long now) {
        attempts.values().removeIf(times -> {
            prune(times, now);
            return times.isEmpty();
        });
    }

    private static void prune(Deque<Attempt> times, long now) {
        while (!times.isEmpty() && times.peekFirst().at <= now - WINDOW.toMillis()) {
            times.pollFirst();
        }
    }

    private static String key(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
