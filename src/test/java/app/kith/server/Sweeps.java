package app.kith.server;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The morning email's scheduled sweep as the nodes' shared db-scheduler table records it: one task
 * that one node at a time runs. Waiting for runs to finish, rather than for a fixed while, proves
 * they happened even on a busy machine, and takes no longer than they do.
 */
final class Sweeps {

    private Sweeps() {
    }

    /** Returns once the sweep has finished {@code runs} more times, on whichever nodes. */
    static void awaitMore(DataSource database, int runs) throws InterruptedException {
        JdbcClient db = JdbcClient.create(database);
        Optional<OffsetDateTime> before = lastSuccess(db);
        Set<OffsetDateTime> seen = new HashSet<>();
        long until = System.currentTimeMillis() + 20_000;
        while (seen.size() < runs) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("Waited 20 s for " + runs + " more sweeps; saw " + seen.size());
            }
            lastSuccess(db).filter(at -> !before.equals(Optional.of(at))).ifPresent(seen::add);
            Thread.sleep(20);
        }
    }

    private static Optional<OffsetDateTime> lastSuccess(JdbcClient db) {
        return db.sql("SELECT last_success FROM scheduled_tasks WHERE task_name = 'morning-email'")
                .query(OffsetDateTime.class).optional();
    }
}
