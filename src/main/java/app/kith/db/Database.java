package app.kith.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.Closeable;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.sqlite.SQLiteConfig;

/**
 * An open, migrated store. The CLI uses one SQLite connection (nothing to pool for a single
 * command); the server uses a Hikari pool. Both run the same Flyway history.
 */
public final class Database implements Closeable {

    /** Long enough that a CLI command and the server writing at once wait for each other instead of failing. */
    static final int BUSY_TIMEOUT_MS = 10_000;

    private final DataSource dataSource;
    private final Dialect dialect;
    private final TransactionTemplate transactions;
    private final Runnable onClose;

    private Database(DataSource dataSource, Dialect dialect, Runnable onClose) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.onClose = onClose;
    }

    /** One connection, for a single CLI command. */
    public static Database forCommand(DbSettings settings) {
        if (settings.dialect() == Dialect.SQLITE) {
            createPrivately(settings);
            try {
                Connection connection = sqliteConfig().createConnection(settings.jdbcUrl());
                var ds = new SingleConnectionDataSource(connection, true);
                return migrated(new Database(ds, Dialect.SQLITE, ds::destroy));
            } catch (SQLException e) {
                throw new StoreUnavailable("Cannot open " + settings.describe() + ": " + e.getMessage(), e);
            }
        }
        return forServer(settings, 2);
    }

    /** A pool, for the server. */
    public static Database forServer(DbSettings settings, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.jdbcUrl());
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("kith");
        if (settings.dialect() == Dialect.SQLITE) {
            createPrivately(settings);
            config.setDataSourceProperties(sqliteConfig().toProperties());
        } else {
            config.setUsername(settings.user());
            config.setPassword(settings.password());
        }
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(config);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new StoreUnavailable("Cannot open " + settings.describe() + ": " + cause.getMessage(), e);
        }
        return migrated(new Database(ds, settings.dialect(), ds::close));
    }

    /** An existing data source (tests against a throwaway PostgreSQL). */
    public static Database of(DataSource dataSource, Dialect dialect) {
        return migrated(new Database(dataSource, dialect, () -> { }));
    }

    /** The data folder and the database file, readable by their user only when Kith makes them. */
    private static void createPrivately(DbSettings settings) {
        settings.folder().create();
        settings.sqliteFile().ifPresent(DataFolder::createPrivateFile);
    }

    private static SQLiteConfig sqliteConfig() {
        SQLiteConfig config = new SQLiteConfig();
        // No journal mode here: switching to WAL needs a lock that a pragma on connect would not
        // wait for; it is set once per file by useWal, and SQLite keeps it in the file.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        // Writers take the lock when the transaction begins, so two writers queue on the busy
        // timeout instead of one failing when it tries to upgrade a read lock.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return config;
    }

    /**
     * The newest migration's version; a test keeps it equal to the newest file. When the store is
     * already there, a CLI command skips Flyway's classpath scan, which would cost more than the
     * command itself. The server always runs the full Flyway check.
     */
    static final int LATEST_MIGRATION = 9;

    private static Database migrated(Database db) {
        if (db.dialect == Dialect.SQLITE) {
            useWal(db.dataSource);
        }
        if (!(db.dataSource instanceof HikariDataSource) && isCurrent(db)) {
            return db;
        }
        Flyway.configure()
                .dataSource(db.dataSource)
                .locations(db.dialect.migrations())
                .load()
                .migrate();
        return db;
    }

    /**
     * Puts the file in WAL mode (readers never block the writer, the CLI and the server share the
     * file). Only the first opening of a new file changes anything; commands racing to create the
     * same store retry while another holds the lock.
     */
    private static void useWal(DataSource dataSource) {
        long deadline = System.currentTimeMillis() + BUSY_TIMEOUT_MS;
        while (true) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                try (var rs = s.executeQuery("PRAGMA journal_mode")) {
                    if (rs.next() && "wal".equalsIgnoreCase(rs.getString(1))) {
                        return;
                    }
                }
                s.execute("PRAGMA journal_mode=WAL");
                return;
            } catch (SQLException e) {
                boolean busy = e.getMessage() != null && e.getMessage().contains("SQLITE_BUSY");
                if (!busy || System.currentTimeMillis() > deadline) {
                    throw new StoreUnavailable("Cannot switch the store to WAL mode: " + e.getMessage(), e);
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new StoreUnavailable("Interrupted while opening the store", interrupted);
                }
            }
        }
    }

    private static boolean isCurrent(Database db) {
        try (Connection c = db.dataSource.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT max(installed_rank), min(CASE WHEN success THEN 1 ELSE 0 END), "
                     + "max(CAST(version AS INTEGER)) FROM flyway_schema_history")) {
            return rs.next() && rs.getInt(2) == 1 && rs.getInt(3) == LATEST_MIGRATION;
        } catch (SQLException e) {
            return false; // no history table yet: a new store
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Dialect dialect() {
        return dialect;
    }

    public TransactionTemplate transactions() {
        return transactions;
    }

    /** Makes SQLite's query planner aware of the data after a bulk load. */
    public void analyze() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(dialect == Dialect.SQLITE ? "PRAGMA optimize" : "ANALYZE");
            if (dialect == Dialect.SQLITE) {
                s.execute("ANALYZE");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("ANALYZE failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        onClose.run();
    }
}
