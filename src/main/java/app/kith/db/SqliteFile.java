package app.kith.db;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.sqlite.BusyHandler;
import org.sqlite.SQLiteConfig;

/**
 * Connections to Kith's SQLite file, each set up the same way whoever opens it (a CLI command,
 * the server's pool, a health check): Kith's pragmas, a {@link LockWait} while another writer
 * holds the file, and transactions that say what SQLite did ({@link HonestTransactions}).
 */
final class SqliteFile implements DataSource {

    private final String url;
    private final Duration lockWait;

    SqliteFile(String url, Duration lockWait) {
        this.url = url;
        this.lockWait = lockWait;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection sqlite = config().createConnection(url);
        BusyHandler.setHandler(sqlite, new LockWait(lockWait));
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                new HonestTransactions(sqlite));
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    private static SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        // No journal mode here: switching to WAL needs a lock that a pragma on connect would not
        // wait for; it is set once per file by Database, and SQLite keeps it in the file.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        return config;
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
