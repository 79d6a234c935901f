package app.kith.account;

import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The first-run checklist's own memory: whether an account is still getting started, and the
 * steps that nothing else records (the daily capacity and the time zone, looked at and set). It
 * starts when an account first sees an empty Today and ends when the user goes on to Today, so an
 * account that never saw Today empty (made by the CLI, filled by an import) never gets it.
 */
public class FirstRun {

    /** Where an account stands: {@code open} while the checklist is to be shown. */
    public record State(boolean open, boolean capacitySet, boolean timeZoneSet) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    public FirstRun(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public State state(long accountId) {
        return jdbc.sql("""
                SELECT finished_at IS NULL, capacity_set_at IS NOT NULL, time_zone_set_at IS NOT NULL
                FROM first_run WHERE account_id = :account
                """)
                .param("account", accountId)
                .query((rs, n) -> new State(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3)))
                .optional().orElse(new State(false, false, false));
    }

    /** Starts the checklist, unless it was started before (finished or not). */
    public void start(long accountId) {
        jdbc.sql("INSERT INTO first_run (account_id, started_at) VALUES (:account, :now) ON CONFLICT (account_id) DO NOTHING")
                .param("account", accountId).param("now", clock.millis()).update();
    }

    public void capacitySet(long accountId) {
        mark(accountId, "capacity_set_at");
    }

    public void timeZoneSet(long accountId) {
        mark(accountId, "time_zone_set_at");
    }

    /** The user went on to Today: the checklist is not shown again while there are people. */
    public void finish(long accountId) {
        mark(accountId, "finished_at");
    }

    private void mark(long accountId, String column) {
        jdbc.sql("UPDATE first_run SET " + column + " = :now WHERE account_id = :account AND " + column + " IS NULL")
                .param("now", clock.millis()).param("account", accountId).update();
    }
}
