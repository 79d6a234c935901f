package app.kith.server;

import com.github.kagkarlsson.scheduler.jdbc.DefaultJdbcCustomization;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/**
 * db-scheduler on SQLite (which it does not know in this version): instants as milliseconds since
 * the epoch, as Kith stores every instant, and SQLite's LIMIT. Only its default polling (fetch,
 * then lock each execution by its version) is used; SQLite has no SELECT … FOR UPDATE.
 */
final class SqliteScheduling extends DefaultJdbcCustomization {

    SqliteScheduling() {
        super(true);
    }

    @Override
    public String getName() {
        return "SQLite";
    }

    @Override
    public void setInstant(PreparedStatement p, int index, Instant value) throws SQLException {
        if (value == null) {
            p.setNull(index, Types.BIGINT);
        } else {
            p.setLong(index, value.toEpochMilli());
        }
    }

    @Override
    public Instant getInstant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    @Override
    public boolean supportsExplicitQueryLimitPart() {
        return true;
    }

    @Override
    public String getQueryLimitPart(int limit) {
        return " LIMIT " + limit;
    }
}
