package app.kith.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** Reading nullable numbers and dates from a row the same way on SQLite and PostgreSQL. */
public final class Rows {

    private Rows() {
    }

    public static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    public static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** A {@code *_day} column (days since the epoch) as a date. */
    public static LocalDate dayOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : LocalDate.ofEpochDay(value);
    }
}
