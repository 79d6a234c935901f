package app.kith.db;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A SQLite connection whose JDBC transaction calls mean what SQLite did. sqlite-jdbc records
 * auto-commit as off before its {@code BEGIN} has succeeded: when the BEGIN times out on another
 * writer's lock, the connection goes back to the pool believing it is in a transaction while
 * SQLite is not, so every later statement on it commits on its own and every later commit fails,
 * reporting a failure for writes that were saved and saving half of what should roll back. Its
 * {@code commit()} also begins the next transaction at once, taking the write lock again and
 * failing a commit that had succeeded whenever that second BEGIN has to wait.
 *
 * <p>Here the driver stays in auto-commit mode and the transaction is run by statements:
 * {@code setAutoCommit(false)} is {@code BEGIN IMMEDIATE} (the write lock is taken up front, so
 * two writers queue instead of one failing when it upgrades a read), and either it succeeded and
 * the connection is in a transaction, or it failed and nothing changed. A commit or rollback ends
 * the transaction; the next one begins with the next statement. A commit that fails is rolled
 * back, so a failure always means nothing was written.
 */
final class HonestTransactions implements InvocationHandler {

    private final Connection sqlite;
    private boolean autoCommit = true;
    /** A BEGIN is in force on the SQLite connection. */
    private boolean open;

    HonestTransactions(Connection sqlite) {
        this.sqlite = sqlite;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "getAutoCommit":
                return autoCommit;
            case "setAutoCommit":
                setAutoCommit((Boolean) args[0]);
                return null;
            case "commit":
                requireTransaction();
                commit();
                return null;
            case "rollback":
                if (args == null) {
                    requireTransaction();
                    rollback();
                    return null;
                }
                break;
            case "createStatement", "prepareStatement", "prepareCall":
                if (!autoCommit && !open) {
                    exec("BEGIN IMMEDIATE");
                    open = true;
                }
                break;
            case "equals":
                return proxy == args[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            case "toString":
                return "Kith SQLite connection (" + sqlite + ")";
            default:
                break;
        }
        try {
            return method.invoke(sqlite, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private void setAutoCommit(boolean on) throws SQLException {
        if (on == autoCommit) {
            return;
        }
        if (on) {
            // JDBC: switching auto-commit back on commits the transaction in progress. Committed or
            // rolled back, the transaction is over either way, and so is manual mode.
            try {
                commit();
            } finally {
                autoCommit = true;
            }
        } else {
            exec("BEGIN IMMEDIATE"); // throws with nothing changed when the lock is not had in time
            open = true;
            autoCommit = false;
        }
    }

    private void commit() throws SQLException {
        if (!open) {
            return;
        }
        try {
            exec("COMMIT");
            open = false;
        } catch (SQLException e) {
            try {
                rollback();
            } catch (SQLException rollbackFailed) {
                e.addSuppressed(rollbackFailed);
            }
            throw e;
        }
    }

    private void rollback() throws SQLException {
        if (!open) {
            return;
        }
        open = false;
        try {
            exec("ROLLBACK");
        } catch (SQLException e) {
            // Some failures (a full disk, an I/O error) make SQLite roll the transaction back itself.
            if (!String.valueOf(e.getMessage()).contains("no transaction is active")) {
                throw e;
            }
        }
    }

    private void requireTransaction() throws SQLException {
        if (autoCommit) {
            throw new SQLException("the connection is in auto-commit mode: there is no transaction to end");
        }
    }

    private void exec(String sql) throws SQLException {
        try (Statement s = sqlite.createStatement()) {
            s.execute(sql);
        }
    }
}
