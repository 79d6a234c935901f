package app.kith.server;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.Folders;
import app.kith.KithApplication;
import app.kith.SharedPostgres;
import app.kith.db.DataFolder;
import app.kith.db.DbSettings;
import app.kith.web.WebSession;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * PostgreSQL up but a table locked against writes (an index built without CONCURRENTLY, a
 * migration altering it, a LOCK TABLE): every write to it would wait, so readiness says no within
 * its own wait, not the longer wait of requests, while liveness stays yes; once the lock goes,
 * readiness says yes again.
 */
class PostgresLockedReadinessTest {

    @Test
    void readinessSaysNoWithinItsWaitWhileATableIsLockedAgainstWrites() throws Exception {
        Path folder = Files.createTempDirectory("kith-node");
        HikariDataSource database = SharedPostgres.newMigratedDatabase();
        ConfigurableApplicationContext kith = null;
        try {
            kith = KithApplication.start(new DbSettings(new DataFolder(folder), database.getJdbcUrl(), null, null),
                    "--server.port=0", "--server.address=127.0.0.1", "--logging.level.root=error",
                    "--kith.db.lock-wait=10s", "--kith.health.write-wait=500ms", "--kith.purge.initial-delay=PT1H");
            WebSession anonymous = WebSession.anonymous(Integer.parseInt(kith.getEnvironment().getProperty("local.server.port")));
            assertThat(anonymous.get("/health/readiness").status()).isEqualTo(200);

            try (Connection holder = database.getConnection(); Statement s = holder.createStatement()) {
                holder.setAutoCommit(false);
                s.execute("LOCK TABLE touchpoint IN SHARE MODE"); // what CREATE INDEX takes: reads go on, writes wait

                long start = System.nanoTime();
                WebSession.Page ready = anonymous.get("/health/readiness");
                long answeredIn = (System.nanoTime() - start) / 1_000_000;
                assertThat(ready.status()).as("not ready while writes to a table would wait").isEqualTo(503);
                assertThat(answeredIn).as("within the 500 ms of readiness, not the 10 s of requests, in ms")
                        .isLessThan(1_500L);
                assertThat(anonymous.get("/health/liveness").status()).as("but alive").isEqualTo(200);

                holder.rollback();
            }
            assertThat(anonymous.get("/health/readiness").status()).as("ready once the lock is gone").isEqualTo(200);
        } finally {
            if (kith != null) {
                kith.close();
            }
            database.close();
            Folders.delete(folder);
        }
    }
}
