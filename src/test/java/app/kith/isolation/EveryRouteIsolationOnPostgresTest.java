package app.kith.isolation;

import app.kith.KithApplication;
import app.kith.SharedPostgres;
import app.kith.api.ServerTest;
import app.kith.db.DataFolder;
import app.kith.db.DbSettings;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** {@link RouteIsolation} on a server over PostgreSQL. */
@SpringBootTest(classes = {KithApplication.class, EveryRouteIsolationOnPostgresTest.Store.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.level.root=warn", "kith.calendars.allow-private-addresses=true"})
class EveryRouteIsolationOnPostgresTest extends RouteIsolation {

    @TestConfiguration(proxyBeanMethods = false)
    static class Store {

        /** Its own database, dropped when the server stops (not a DataSource bean: the server has its own pool). */
        @Bean(destroyMethod = "close")
        Postgres postgres() {
            return new Postgres(SharedPostgres.newMigratedDatabase());
        }

        @Bean(destroyMethod = "delete")
        ServerTest.Folder folder() throws IOException {
            return new ServerTest.Folder(Files.createTempDirectory("kith-isolation-pg"));
        }

        @Bean
        DbSettings dbSettings(ServerTest.Folder folder, Postgres postgres) {
            return new DbSettings(new DataFolder(folder.path()), postgres.pool().getJdbcUrl(), null, null);
        }
    }

    record Postgres(HikariDataSource pool) {
        public void close() {
            pool.close();
        }
    }
}
