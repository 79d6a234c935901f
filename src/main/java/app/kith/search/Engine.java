package app.kith.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one place where the two stores' full-text search differ (FTS5 and tsvector): the column
 * that holds the person's id, and the query. Writing documents and reading hits are the same.
 */
interface Engine {

    String COLUMNS = Arrays.stream(Field.values()).map(f -> f.column).collect(Collectors.joining(", "));

    /** The document table's column holding the person's id. */
    String key();

    /** Best first; {@code all}: every term must match, else any. Terms are never empty. */
    List<Hit> search(JdbcClient jdbc, long accountId, Terms terms, boolean all, Filter filter, int cap);

    /**
     * The same match, best first, as ids only: what a list filters and pages (see {@link Finder});
     * among these people only, or everyone when {@code among} is null.
     */
    List<Long> ids(JdbcClient jdbc, long accountId, Terms terms, boolean all, List<Long> among, int cap);

    /** SQL keeping the person row {@code p} among these people (a parameter {@code :among}), or nothing when null. */
    static String among(List<Long> among) {
        return among == null ? "" : " AND p.id IN (:among)";
    }

    /** {@code spec} with the {@link #among} parameter when there is one. */
    static JdbcClient.StatementSpec among(JdbcClient.StatementSpec spec, List<Long> among) {
        return among == null ? spec : spec.param("among", among);
    }

    default void delete(JdbcClient jdbc, long accountId, List<Long> personIds) {
        jdbc.sql("DELETE FROM who_doc WHERE account_id = :account AND " + key() + " IN (:ids)")
                .param("account", accountId).param("ids", personIds).update();
    }

    default void insert(JdbcClient jdbc, long accountId, long personId, Map<Field, String> doc) {
        var spec = jdbc.sql("INSERT INTO who_doc (" + key() + ", account_id, " + COLUMNS + ") VALUES (:id, :account, "
                        + Arrays.stream(Field.values()).map(f -> ":" + f.column).collect(Collectors.joining(", ")) + ")")
                .param("id", personId).param("account", accountId);
        for (Field f : Field.values()) {
            spec = spec.param(f.column, doc.getOrDefault(f, ""));
        }
        spec.update();
    }

    /** A row of either store's search: the person, the closeness facts, {@code score}, and every field's text. */
    static Hit hit(ResultSet rs) throws SQLException {
        Map<Field, String> texts = new EnumMap<>(Field.class);
        for (Field f : Field.values()) {
            texts.put(f, rs.getString(f.column));
        }
        long day = rs.getLong("last_touch_day");
        Long lastTouchDay = rs.wasNull() ? null : day;
        return new Hit(rs.getLong("id"), rs.getString("name"), lastTouchDay, rs.getString("why"), rs.getDouble("score"),
                texts);
    }
}
