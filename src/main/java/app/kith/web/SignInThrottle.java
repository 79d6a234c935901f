package app.kith.web;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@value #PER_EMAIL} failed sign-ins for one email, or
 * {@value #PER_ADDRESS} from one address, within {@link #WINDOW}, further attempts are refused
 * until the window has passed. Kept in memory: on several nodes each counts its own.
 */
final class SignInThrottle {

    static final int PER_EMAIL = 5;
    static final int PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long until this email from this address may try again; zero when it may now. */
    Duration wait(String email, String address) {
        long now = clock.millis();
        long until = Math.max(blockedUntil("email:" + key(email), PER_EMAIL, now),
                blockedUntil("address:" + address, PER_ADDRESS, now));
        return Duration.ofMillis(Math.max(0, until - now));
    }

    void failed(String email, String address) {
        long now = clock.millis();
        record("email:" + key(email), now);
        record("address:" + address, now);
    }

    void succeeded(String email) {
        failures.remove("email:" + key(email));
    }

    private long blockedUntil(String key, int limit, long now) {
        Deque<Long> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            prune(times, now);
            return times.size() >= limit ? times.peekFirst() + WINDOW.toMillis() : 0;
        }
    }

    private void record(String key, long now) {
        Deque<Long> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    private static void prune(Deque<Long> times, long now) {
        while (!times.isEmpty() && times.peekFirst() <= now - WINDOW.toMillis()) {
            times.pollFirst();
        }
    }

    private static String key(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
