package app.kith.db;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.KithProcess;
import app.kith.SharedPostgres;
import app.kith.Store;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionSystemException;

class DatabaseTest {

    @TempDir
    Path folder;

    @Test
    void theEmbeddedStoreIsOneFileInWriteAheadLogModeWhoeverOpensIt() {
        try (Database command = Database.forCommand(Store.sqliteIn(folder));
             Database server = Database.forServer(Store.sqliteIn(folder), 2)) {
            for (Database db : new Database[] {command, server}) {
                JdbcClient sql = JdbcClient.create(db.dataSource());
                assertThat(sql.sql("PRAGMA journal_mode").query(String.class).single()).isEqualToIgnoringCase("wal");
                assertThat(sql.sql("PRAGMA foreign_keys").query(Integer.class).single()).isEqualTo(1);
                assertThat(db.dialect()).isEqualTo(Dialect.SQLITE);
            }
        }
        assertThat(folder.resolve("kith.db")).isRegularFile();
    }

    @Test
    void kithDbUrlPointsCommandsAtPostgreSQL() throws Exception {
        try (HikariDataSource postgres = SharedPostgres.newDatabase()) {
            Process add = KithProcess.start(Map.of("KITH_DB_URL", postgres.getJdbcUrl(), "KITH_DB_USER", "postgres"),
                    "--data", folder.toString(), "add", "Ada Lovelace", "--circle", "Monthly");

            assertThat(add.waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(add.exitValue()).as(new String(add.getErrorStream().readAllBytes())).isZero();
            assertThat(JdbcClient.create(postgres).sql("SELECT name FROM person").query(String.class).list())
                    .containsExactly("Ada Lovelace");
            assertThat(folder.resolve("kith.db")).doesNotExist();
        }
    }

    @Test
    void everyPostgresConnectionPlansAStatementOnceAndStartsNoParallelWorkers() {
        try (HikariDataSource postgres = SharedPostgres.newDatabase();
             Database server = Database.forServer(new DbSettings(new DataFolder(folder), postgres.getJdbcUrl(),
                     postgres.getUsername(), postgres.getPassword()), 2)) {
            JdbcClient sql = JdbcClient.create(server.dataSource());
            assertThat(sql.sql("SHOW plan_cache_mode").query(String.class).single()).isEqualTo("force_generic_plan");
            assertThat(sql.sql("SHOW max_parallel_workers_per_gather").query(String.class).single()).isEqualTo("0");
        }
    }

    @Test
    void aRollbackThatFailsOnTheConnectionPostgresEndedIsStillTheDatabaseBeingUnreachable() {
        // What Spring throws when PostgreSQL ends the connection mid-request: the rollback fails on
        // the closed connection, and only the work's own failure says the server went away.
        TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollbackFailed.initApplicationException(new DataAccessResourceFailureException("reading the session",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01")));

        assertThat(Database.busy(rollbackFailed)).isTrue();
        assertThat(Database.busyMessage(rollbackFailed)).isEqualTo(Database.UNREACHABLE_MESSAGE);
        assertThat(Database.busy(new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"))))
                .as("a rollback failing alone says nothing of why").isFalse();
    }
}
