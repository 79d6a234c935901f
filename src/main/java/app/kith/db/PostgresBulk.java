package app.kith.db;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.util.List;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bulk writes on PostgreSQL. Inserts through COPY: a million rows as one stream instead of statements of
 * a few hundred rows each, which PostgreSQL parses, plans and answers one by one. SQLite has no
 * COPY (and needs none: its statements cost no round trip), so the caller inserts there as before.
 */
public final class PostgresBulk {

    private PostgresBulk() {
    }

    /**
     * Writes the rows into the table, in the caller's transaction, when the store is PostgreSQL;
     * returns false, writing nothing, when it is not. Values are numbers, strings or null.
     */
    public static boolean copy(JdbcTemplate jdbc, String table, List<String> columns, List<Object[]> rows) {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection -> {
            if (!connection.isWrapperFor(PGConnection.class)) {
                return false;
            }
            if (!rows.isEmpty()) {
                write(connection, table, columns, rows);
            }
            return true;
        }));
    }

    /** Whether the store is PostgreSQL, for the few statements written apart for it. */
    public static boolean isPostgres(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) c -> c.isWrapperFor(PGConnection.class)));
    }

    /**
     * Runs one statement whose parameters are these values, arrays given as PostgreSQL arrays of
     * the named element type ({@code Long[]} as bigint, {@code Integer[]} as integer): a whole
     * column of rows in one parameter, so thousands of rows go in one round trip. Returns the rows changed.
     */
    public static int updateWithArrays(JdbcTemplate jdbc, String sql, Object... params) {
        Integer changed = jdbc.execute((ConnectionCallback<Integer>) connection -> {
            try (var statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    Object value = params[i];
                    if (value instanceof Long[] longs) {
                        statement.setArray(i + 1, connection.createArrayOf("bigint", longs));
                    } else if (value instanceof Integer[] ints) {
                        statement.setArray(i + 1, connection.createArrayOf("integer", ints));
                    } else {
                        statement.setObject(i + 1, value);
                    }
                }
                return statement.executeUpdate();
            }
        });
        return changed == null ? 0 : changed;
    }

    /**
     * After a bulk insert, within its transaction: PostgreSQL plans the rest of the transaction
     * from the tables as they are now. Without it, a table that was empty when the transaction
     * began looks empty still, and finding a person by id scans everyone (a second each at L).
     * Nothing on SQLite, which plans well enough without.
     */
    public static void analyzeIfGrown(JdbcTemplate jdbc, String table, int inserted) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            if (!connection.isWrapperFor(PGConnection.class)) {
                return null;
            }
            // Only when the rows just written are more than the planner thinks the table holds
            // (-1: never analyzed): at most one ANALYZE each time the table doubles.
            try (var statement = connection.createStatement();
                 var rows = statement.executeQuery("SELECT reltuples FROM pg_class WHERE oid = '" + table + "'::regclass")) {
                if (rows.next() && rows.getDouble(1) >= inserted) {
                    return null;
                }
            }
            try (var statement = connection.createStatement()) {
                statement.execute("ANALYZE " + table);
            }
            return null;
        });
    }

    private static void write(Connection connection, String table, List<String> columns, List<Object[]> rows)
            throws java.sql.SQLException {
        StringBuilder csv = new StringBuilder(rows.size() * 64);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                appendValue(csv, row[i]);
            }
            csv.append('\n');
        }
        String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT csv)";
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(csv.toString()));
        } catch (IOException e) {
            throw new java.sql.SQLException("COPY into " + table + " failed: " + e.getMessage(), e);
        }
    }

    /** CSV as COPY reads it: null is an empty unquoted field, text is quoted (so "" is an empty string). */
    private static void appendValue(StringBuilder csv, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number || value instanceof Boolean) {
            csv.append(value);
            return;
        }
        String text = value.toString();
        csv.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                csv.append('"');
            }
            csv.append(c);
        }
        csv.append('"');
    }
}
