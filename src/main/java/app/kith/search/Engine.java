package app.kith.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
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

    /** The document table's column holding the person's id (see {@link #docId}). */
    String key();

    /** What {@link #key} holds for a person of the account: their id, unless the store says otherwise. */
    default long docId(long accountId, long personId) {
        return personId;
    }

    /** The person a {@link #docId} of the account stands for. */
    default long personId(long accountId, long docId) {
        return docId;
    }

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

    /**
     * Lets the store re-plan after many documents were written (see {@link Who#refresh}): nothing
     * by default.
     */
    default void analyze(JdbcClient jdbc) {
    }

    default void delete(JdbcClient jdbc, long accountId, List<Long> personIds) {
        jdbc.sql("DELETE FROM who_doc WHERE account_id = :account AND " + key() + " IN (:ids)")
                .param("account", accountId).param("ids", personIds.stream().map(id -> docId(accountId, id)).toList())
                .update();
    }

    /** The documents of these people, in one statement. */
    default void insert(JdbcClient jdbc, long accountId, Map<Long, Map<Field, String>> docs) {
        if (docs.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO who_doc (" + key() + ", account_id, " + COLUMNS + ") VALUES ");
        Map<String, Object> params = new HashMap<>();
        params.put("account", accountId);
        int row = 0;
        for (Map.Entry<Long, Map<Field, String>> doc : docs.entrySet()) {
            sql.append(row == 0 ? "" : ", ").append("(:id").append(row).append(", :account");
            params.put("id" + row, docId(accountId, doc.getKey()));
            for (Field f : Field.values()) {
                sql.append(", :").append(f.column).append(row);
                params.put(f.column + row, doc.getValue().getOrDefault(f, ""));
            }
            sql.append(')');
            row++;
        }
        jdbc.sql(sql.toString()).params(params).update();
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
