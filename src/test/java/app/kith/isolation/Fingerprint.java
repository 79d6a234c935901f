package app.kith.isolation;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Every row an account owns, table by table, as text: the account's own row, and each row of every
 * table with an {@code account_id} column that carries its id. Two fingerprints of the same account
 * are equal when nothing of it changed. Tables are found in the database itself, so a new table is
 * in the fingerprint without anyone adding it.
 */
final class Fingerprint {

    private Fingerprint() {
    }

    static Map<String, List<String>> of(DataSource data, long accountId) {
        Map<String, List<String>> rows = new TreeMap<>();
        try (Connection c = data.getConnection()) {
            rows.put("account", rows(c, "SELECT * FROM account WHERE id = ?", accountId));
            for (String table : accountKeyed(c)) {
                rows.put(table, rows(c, "SELECT * FROM " + table + " WHERE account_id = ?", accountId));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    /** The tables (not views, not a full-text index's shadow tables) with an account_id column. */
    static List<String> accountKeyed(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        List<String> tables = new ArrayList<>();
        try (ResultSet t = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
            while (t.next()) {
                String schema = t.getString("TABLE_SCHEM");
                if (schema != null && !schema.equalsIgnoreCase("public")) {
                    continue;
                }
                String table = t.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                try (ResultSet col = meta.getColumns(null, schema, t.getString("TABLE_NAME"), "%")) {
                    while (col.next()) {
                        if (col.getString("COLUMN_NAME").equalsIgnoreCase("account_id")) {
                            tables.add(table);
                            break;
                        }
                    }
                }
            }
        }
        tables.sort(null);
        return tables;
    }

    private static List<String> rows(Connection c, String sql, long accountId) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, accountId);
            try (ResultSet r = s.executeQuery()) {
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        Object value = r.getObject(i);
                        row.append(r.getMetaData().getColumnName(i)).append('=')
                                .append(value instanceof byte[] bytes ? java.util.Arrays.hashCode(bytes) : value)
                                .append(' ');
                    }
                    rows.add(row.toString());
                }
            }
        }
        rows.sort(null);
        return rows;
    }
}
