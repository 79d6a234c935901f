package app.kith;

import app.kith.db.DataFolder;
import app.kith.db.DbSettings;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayEndpointAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JndiDataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.XADataSourceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The server: the REST API (and later the web app) over the same facades the CLI uses. The store
 * is opened by {@link app.kith.server.ServerWiring} exactly as the CLI opens it, so Boot's own
 * DataSource, JDBC and Flyway set-up stay off, and so does its generated in-memory user (API
 * callers sign in with tokens).
 */
@SpringBootApplication(exclude = {DataSourceAutoConfiguration.class, DataSourceInitializationAutoConfiguration.class,
        DataSourceTransactionManagerAutoConfiguration.class, JdbcClientAutoConfiguration.class,
        JdbcTemplateAutoConfiguration.class, JndiDataSourceAutoConfiguration.class, XADataSourceAutoConfiguration.class,
        FlywayAutoConfiguration.class, FlywayEndpointAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class})
public class KithApplication {

    /** Starts the server on a store; {@code args} are Spring arguments such as {@code --server.port=8080}. */
    public static ConfigurableApplicationContext start(DbSettings settings, String... args) {
        return start(settings, Clock.systemDefaultZone(), args);
    }

    /**
     * The same on a clock of the caller's (tests that move time: the morning email at its hour,
     * two nodes seeing the same day).
     */
    public static ConfigurableApplicationContext start(DbSettings settings, Clock clock, String... args) {
        SpringApplication app = new SpringApplication(KithApplication.class);
        app.setMainApplicationClass(KithApplication.class);
        app.addInitializers(context -> {
            ((GenericApplicationContext) context).registerBean(DbSettings.class, () -> settings);
            ((GenericApplicationContext) context).registerBean(StartClock.class, () -> new StartClock(clock));
        });
        return app.run(args);
    }

    /** The clock the server runs on when it is not the system's. */
    public record StartClock(Clock clock) {
    }

    /** For running the server without the CLI: the store is found as the CLI finds it without --data. */
    public static void main(String[] args) {
        start(DbSettings.from(DataFolder.resolve(null, System.getenv()), System.getenv()), args);
    }
}
