package app.kith.search;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The one place where the two stores' full-text search differ (FTS5 and tsvector). */
interface Engine {

    void delete(JdbcClient jdbc, List<Long> personIds);

    void insert(JdbcClient jdbc, long accountId, long personId, Map<Field, String> doc);

    /** Best first; {@code all}: every term must match, else any. Terms are never empty. */
    List<Hit> search(JdbcClient jdbc, long accountId, Terms terms, boolean all, Filter filter, int cap);
}
