package app.kith.server;

import app.kith.db.Database;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The store in {@code /health}: up only when it would take a write now. A connection that answers
 * a query is not enough: while another program holds SQLite's write lock every write fails, and a
 * load balancer or a user checking {@code /health} must hear that, within {@code kith.health.write-wait}
 * (1 s) whether the store is locked, out of connections or down: a load balancer waits about that
 * long for an answer, while requests' own writes wait up to {@code kith.db.lock-wait}.
 */
@Component("store")
class StoreHealth implements HealthIndicator {

    private final Database database;
    private final Duration wait;

    StoreHealth(Database database, @Value("${kith.health.write-wait:1s}") Duration wait) {
        this.database = database;
        this.wait = wait;
    }

    @Override
    public Health health() {
        return database.takesWrites(wait) ? Health.up().build()
                : Health.down().withDetail("store", "cannot take a write within " + wait.toMillis()
                        + " ms: the database is down, or another program holds it").build();
    }
}
