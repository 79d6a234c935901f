package app.kith.db;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.sqlite.BusyHandler;

/**
 * How a connection waits while another one (in this process or another) holds the SQLite file's
 * write lock: it looks again every millisecond, for up to {@code limit}. SQLite's own busy
 * timeout backs off to a look every 100 ms, so a writer that gives the lock up between short
 * transactions (an import's chunks) would never be seen to: the waiter would starve until it
 * timed out. Looking often, it gets its turn in the gap.
 */
final class LockWait extends BusyHandler {

    private static final long POLL_NANOS = Duration.ofMillis(1).toNanos();

    private final long limitNanos;
    private long since;

    LockWait(Duration limit) {
        this.limitNanos = limit.toNanos();
    }

    /** Non-zero: look again; zero: give up, and the statement fails with SQLITE_BUSY. */
    @Override
    protected int callback(int timesBefore) {
        long now = System.nanoTime();
        if (timesBefore == 0) {
            since = now;
        }
        if (now - since >= limitNanos || Thread.currentThread().isInterrupted()) {
            return 0;
        }
        LockSupport.parkNanos(POLL_NANOS);
        return 1;
    }
}
