package app.kith.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionTemplate;
import org.sqlite.SQLiteException;

/**
 * An open, migrated store. The CLI uses one SQLite connection (nothing to pool for a single
 * command); the server uses a Hikari pool. Both run the same Flyway history.
 */
public final class Database implements Closeable {

    /**
     * How long a write waits for another writer to finish (a CLI command and the server writing at
     * once wait for each other instead of failing); past it, the write fails with nothing written.
     */
    static final Duration LOCK_WAIT = Duration.ofSeconds(10);

    private final DataSource dataSource;
    private final Dialect dialect;
    private final TransactionTemplate transactions;
    private final Runnable onClose;
    /**
     * Where writes kept apart from requests run ({@link #writesApart}); null for a store of one
     * connection. Its thread starts with the first such write, so a CLI command never has one.
     */
    private final ExecutorService apart;
    /** For SQLite: the file, to ask it for its write lock on a connection of its own. */
    private final String sqliteUrl;
    /** Readiness checks running now ({@link #takesWrites}). */
    private final AtomicInteger checking = new AtomicInteger();
    private static final int CHECKS_AT_ONCE = 4;

    /** Where readiness checks run, so that the caller can stop waiting for one. */
    private static final ExecutorService CHECKS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "kith-store-check");
        thread.setDaemon(true);
        return thread;
    });

    private Database(DataSource dataSource, Dialect dialect, Runnable onClose, String sqliteUrl) {
        this.dataSource = dataSource;
        this.apart = dataSource instanceof SingleConnectionDataSource ? null : Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "kith-writes-apart");
            thread.setDaemon(true);
            return thread;
        });
        this.dialect = dialect;
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.onClose = onClose;
        this.sqliteUrl = sqliteUrl;
    }

    /** The SQLite file this store is, or null (PostgreSQL, or a store in memory). */
    public Path sqliteFile() {
        if (sqliteUrl == null) {
            return null;
        }
        String location = sqliteUrl.substring("jdbc:sqlite:".length());
        int query = location.indexOf('?');
        location = query >= 0 ? location.substring(0, query) : location;
        return location.isEmpty() || location.startsWith(":") || location.startsWith("file:") ? null
                : Path.of(location).toAbsolutePath();
    }

    /** One connection, for a single CLI command. */
    public static Database forCommand(DbSettings settings) {
        if (settings.dialect() == Dialect.SQLITE) {
            createPrivately(settings);
            try {
                Connection connection = new SqliteFile(settings.jdbcUrl(), LOCK_WAIT).getConnection();
                var ds = new SingleConnectionDataSource(connection, true);
                return migrated(new Database(ds, Dialect.SQLITE, ds::destroy, settings.jdbcUrl()));
            } catch (SQLException e) {
                throw new StoreUnavailable("Cannot open " + settings.describe() + ": " + e.getMessage(), e);
            }
        }
        return forServer(settings, 2);
    }

    /**
     * Every PostgreSQL connection of Kith's plans each statement once: its queries are all keyed
     * by account and take every value as a bound parameter, so the plan for one account's values is
     * the plan for another's, and planning it afresh on each run (PostgreSQL's default for a few
     * runs, and for good whenever a custom plan looks cheaper) cost a Today at L 1.3 ms, 40% of
     * what PostgreSQL spent on it. No parallel workers: a generic plan does not know a LIMIT's
     * value and would start workers for 50 rows, and with many users at once the cores are taken by
     * requests anyway. Both were measured on every People list case and Today at L (README,
     * "Plans made once").
     */
    static final String POSTGRES_SESSION =
            "SET plan_cache_mode = force_generic_plan; SET max_parallel_workers_per_gather = 0";

    /** A pool, for the server. */
    public static Database forServer(DbSettings settings, int poolSize) {
        return forServer(settings, poolSize, LOCK_WAIT);
    }

    /** A pool whose writes wait at most {@code lockWait} for another writer. */
    public static Database forServer(DbSettings settings, int poolSize, Duration lockWait) {
        HikariConfig config = new HikariConfig();
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("kith");
        // A request that finds every connection busy waits as long as one that finds the file locked.
        config.setConnectionTimeout(Math.max(250, lockWait.toMillis()));
        if (settings.dialect() == Dialect.SQLITE) {
            createPrivately(settings);
            config.setDataSource(new SqliteFile(settings.jdbcUrl(), lockWait));
        } else {
            config.setJdbcUrl(settings.jdbcUrl());
            // A refusal's "Detail: Key (email)=(ada@…)" would carry a person's data into the logs.
            config.addDataSourceProperty("logServerErrorDetail", "false");
            config.setUsername(settings.user());
            config.setPassword(settings.password());
            // A batch of single-row inserts (people, their emails and topics in an import) goes as
            // multi-row inserts, a round trip per hundred rows instead of one per row.
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
            config.setConnectionInitSql(POSTGRES_SESSION);
        }
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(config);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new StoreUnavailable("Cannot open " + settings.describe() + ": " + cause.getMessage(), e);
        }
        return migrated(new Database(ds, settings.dialect(), ds::close,
                settings.dialect() == Dialect.SQLITE ? settings.jdbcUrl() : null));
    }

    /**
     * A new, empty SQLite store in a temporary folder of its own, which closing it removes: for
     * trying something out (an import's preview) without touching, or locking, the real store.
     */
    public static Database scratch() {
        Path folder;
        try {
            folder = Files.createTempDirectory("kith-scratch");
        } catch (IOException e) {
            throw new StoreUnavailable("Cannot make a scratch store: " + e.getMessage(), e);
        }
        Database db = forCommand(new DbSettings(new DataFolder(folder), null, null, null));
        return new Database(db.dataSource, Dialect.SQLITE, () -> {
            db.close();
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary folder: the system clears it in the end
            }
        }, db.sqliteUrl);
    }

    /** An existing data source (tests against a throwaway PostgreSQL). */
    public static Database of(DataSource dataSource, Dialect dialect) {
        return migrated(new Database(dataSource, dialect, () -> { }, null));
    }

    /** The data folder and the database file, readable by their user only when Kith makes them. */
    private static void createPrivately(DbSettings settings) {
        settings.folder().create();
        settings.sqliteFile().ifPresent(DataFolder::createPrivateFile);
    }

    /**
     * The newest migration's version; a test keeps it equal to the newest file. When the store is
     * already there, a CLI command skips Flyway's classpath scan, which would cost more than the
     * command itself. The server always runs the full Flyway check.
     */
    static final int LATEST_MIGRATION = 50;

    /** The store version this Kith migrates to: a backup from a later one cannot be restored here. */
    public static int latestMigration() {
        return LATEST_MIGRATION;
    }

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
        long deadline = System.currentTimeMillis() + LOCK_WAIT.toMillis();
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

    /**
     * Whether the store would take a write now, answered within {@code wait} whatever the store
     * does: for a readiness check, which must not say "up" while every write fails, and must answer
     * a load balancer in time while the store is locked or down (a request's own writes keep the
     * longer {@link #LOCK_WAIT}). On SQLite it takes the file's write lock on a connection of its
     * own (never one the pool's requests wait for) and lets it go; on PostgreSQL it asks for a
     * connection, whether it may write, and for the lock every write takes on each table. A store
     * that hangs holds at most {@link #CHECKS_AT_ONCE} checks; past them the answer is no at once.
     */
    public boolean takesWrites(Duration wait) {
        if (checking.incrementAndGet() > CHECKS_AT_ONCE) {
            checking.decrementAndGet();
            return false;
        }
        Future<Boolean> check = CHECKS.submit(() -> {
            try {
                return writable(wait);
            } finally {
                checking.decrementAndGet();
            }
        });
        try {
            return check.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean writable(Duration wait) {
        if (sqliteUrl != null) {
            try (Connection c = new SqliteFile(sqliteUrl, wait).getConnection()) {
                c.setAutoCommit(false);
                c.rollback();
                return true;
            } catch (SQLException e) {
                return false;
            }
        }
        // The pool may wait for a connection up to the lock wait, and a server that stopped
        // answering mid-query would hold the statement: the deadline above bounds both, and the
        // statement's own timeout gives its connection back soon after.
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout((int) Math.max(1, (wait.toMillis() + 999) / 1000));
            try (var rs = s.executeQuery(dialect == Dialect.POSTGRESQL ? "SHOW transaction_read_only" : "SELECT 'off'")) {
                if (!rs.next() || !"off".equalsIgnoreCase(rs.getString(1))) {
                    return false;
                }
            }
            return dialect != Dialect.POSTGRESQL || takesWriteLocks(c, wait);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Whether every table takes the lock that each insert, update and delete takes (ROW EXCLUSIVE)
     * within {@code wait}, then lets them go. Writers never block each other on it, but a
     * migration altering a table, an index built without CONCURRENTLY or a LOCK TABLE does: while
     * one holds a table, every write to it waits, so PostgreSQL is up but not taking writes.
     */
    private static boolean takesWriteLocks(Connection c, Duration wait) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.setQueryTimeout((int) Math.max(1, (wait.toMillis() + 999) / 1000));
            s.execute("SET LOCAL lock_timeout = " + Math.max(1, wait.toMillis()));
            String tables;
            try (var rs = s.executeQuery("""
                    SELECT string_agg(quote_ident(tablename), ', ') FROM pg_tables WHERE schemaname = current_schema()
                    """)) {
                tables = rs.next() ? rs.getString(1) : null;
            }
            if (tables != null) {
                s.execute("LOCK TABLE " + tables + " IN ROW EXCLUSIVE MODE");
            }
            return true;
        } catch (SQLException e) {
            return false;
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    /**
     * Whether a failure means the store could not take the work in time, not that the work was
     * wrong: another writer held SQLite's lock past the wait, PostgreSQL refused a lock or the
     * connection, no pooled connection came free. The failed transaction wrote nothing, and the
     * same request a little later will do: a 503 with Retry-After, not a 500.
     */
    public static boolean busy(Throwable failure) {
        for (Throwable t : causes(failure)) {
            if (t instanceof SQLiteException e && e.getResultCode() != null) {
                int primary = e.getResultCode().code & 0xFF;
                if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
                    return true;
                }
            }
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException e && e.getSQLState() != null && POSTGRES_BUSY.contains(e.getSQLState())) {
                return true;
            }
            if (t instanceof SQLException e && e.getSQLState() != null && e.getSQLState().startsWith("08")) {
                return true; // the connection failed: the server restarted, the network dropped
            }
        }
        return false;
    }

    /**
     * Whether a failure means the disk holding the store is full (SQLite's SQLITE_FULL, PostgreSQL's
     * disk_full): the failed transaction wrote nothing, and trying again needs space first.
     */
    public static boolean full(Throwable failure) {
        for (Throwable t : causes(failure)) {
            if (t instanceof SQLiteException e && e.getResultCode() != null && (e.getResultCode().code & 0xFF) == SQLITE_FULL) {
                return true;
            }
            if (t instanceof SQLException e && "53100".equals(e.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The failure and its causes, and, when a transaction's rollback failed after its work did, the
     * work's own failure too: once PostgreSQL ends a connection, the rollback fails on the closed
     * connection, and the exception thrown says only that, while the work's says why.
     */
    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> causes = new ArrayList<>();
        for (Throwable t = failure; t != null && causes.size() < 64; t = t.getCause()) {
            causes.add(t);
            if (t instanceof TransactionSystemException e && e.getApplicationException() != null) {
                causes.addAll(causes(e.getApplicationException()));
            }
        }
        return causes;
    }

    /** What a write refused for want of disk space says. */
    public static final String FULL_MESSAGE = "The disk that holds Kith's database is full. Nothing was saved; "
            + "free some space and try again.";

    /** What a refused write says, wherever it is refused. */
    public static final String BUSY_MESSAGE = "Kith's database is busy: another program is writing to it (an import, "
            + "a backup, a command). Nothing was saved; try again in a few seconds.";

    /** What a request refused because the database cannot be reached (PostgreSQL stopped) says. */
    public static final String UNREACHABLE_MESSAGE = "Kith cannot reach its database just now (it may be restarting)."
            + " Nothing was saved; try again in a minute.";

    /**
     * What a {@link #busy} refusal says: that the database cannot be reached when the connection
     * failed (the pool's timeout carries the last failure as its cause), else that it is busy.
     */
    public static String busyMessage(Throwable failure) {
        for (Throwable t : causes(failure)) {
            if (t instanceof SQLException e && e.getSQLState() != null
                    && (e.getSQLState().startsWith("08") || e.getSQLState().startsWith("57P"))) {
                return UNREACHABLE_MESSAGE;
            }
        }
        return BUSY_MESSAGE;
    }

    /** When to try again after a write was refused as {@link #busy}. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_FULL = 13;
    /** lock_not_available, serialization_failure, deadlock_detected, admin_shutdown, crash_shutdown, cannot_connect_now. */
    private static final Set<String> POSTGRES_BUSY = Set.of("55P03", "40001", "40P01", "57P01",
            "57P02", "57P03");

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

    /**
     * After a bulk load, within its transaction: PostgreSQL plans the rest of the transaction from
     * the tables as they are now. Without it, tables that were empty when the transaction began
     * look empty still, and finding a person by id scans everyone (a second each at L). SQLite
     * plans well enough without, and is analyzed after the load ({@link #analyze}).
     */
    public void analyzeWithinTransaction(String... tables) {
        if (dialect != Dialect.POSTGRESQL) {
            return;
        }
        Connection c = DataSourceUtils.getConnection(dataSource);
        try (Statement s = c.createStatement()) {
            s.execute("ANALYZE " + String.join(", ", tables));
        } catch (SQLException e) {
            throw new IllegalStateException("ANALYZE failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    /**
     * Where to run a write that a request must not wait for (when a token was last used): one
     * thread of the store's own, so such writes queue behind each other, never beside the request.
     * A store of one connection (a CLI command, a test) runs it at once on the caller's thread:
     * a second thread would share the connection, and its transaction the caller's. Closing the
     * store lets the queued writes finish (a few seconds at most) before the connections go.
     */
    public Executor writesApart() {
        return apart == null ? Runnable::run : apart;
    }

    @Override
    public void close() {
        if (apart != null) {
            apart.shutdown();
            try {
                apart.awaitTermination(LOCK_WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        onClose.run();
    }
}
