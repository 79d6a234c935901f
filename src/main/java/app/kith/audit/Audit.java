package app.kith.audit;

import app.kith.Invalid;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The account's audit log: what was done to and with it, for the account to read. A feature
 * records an event inside the transaction of the action it records, so the two commit or roll
 * back together. Details count things and name the account's own (a token's name), never a
 * contact: "deleted 3 people".
 */
public class Audit {

    /** Events older than this are purged by the daily job. */
    public static final Duration KEPT_FOR = Duration.ofDays(365);
    public static final int MAX_PAGE = 200;

    // Where the current request came from. The shells know it (the web and API filters set it) and
    // the features that record do not; carrying it through every use case's signature would touch
    // them all for a field only the log reads.
    private static final ThreadLocal<Origin> ORIGIN = new ThreadLocal<>();

    private final AuditRepository events;
    private final Clock clock;

    public Audit(JdbcClient jdbc, Clock clock) {
        this.events = new AuditRepository(jdbc);
        this.clock = clock;
    }

    /** Makes {@code origin} the origin of what this thread records until the returned scope is closed. */
    public static Scope from(Origin origin) {
        Origin was = ORIGIN.get();
        ORIGIN.set(origin);
        return () -> {
            if (was == null) {
                ORIGIN.remove();
            } else {
                ORIGIN.set(was);
            }
        };
    }

    /** Where this thread's current action came from ({@link Origin#NONE} outside a request). */
    public static Origin origin() {
        Origin origin = ORIGIN.get();
        return origin == null ? Origin.NONE : origin;
    }

    /** Closes without a checked exception, for try-with-resources. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    public void record(long accountId, AuditKind kind, String detail) {
        record(accountId, kind, detail, origin());
    }

    public void record(long accountId, AuditKind kind, String detail, Origin origin) {
        events.insert(accountId, clock.millis(), kind.key(), detail, origin);
    }

    /** A page of the account's events, newest first, older than the event {@code before} (null: the newest). */
    public AuditPage page(long accountId, Long before, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new Invalid("limit", "limit must be between 1 and " + MAX_PAGE + ", not " + limit);
        }
        List<AuditEvent> page = events.page(accountId, before, limit + 1);
        boolean more = page.size() > limit;
        List<AuditEvent> shown = more ? page.subList(0, limit) : page;
        return new AuditPage(List.copyOf(shown), more ? shown.get(shown.size() - 1).id() : null);
    }

    /** Removes every account's events older than {@code before}; returns how many. */
    public int purge(Instant before) {
        return events.purge(before.toEpochMilli());
    }

    /** "1 person", "3 people": the counts details are made of. */
    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
