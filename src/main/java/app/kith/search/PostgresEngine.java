package app.kith.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PostgreSQL's tsvector (english, weighted A to D in the migration), ranked by ts_rank_cd. Each
 * term reaches the database as a bound parameter of plainto_tsquery or phraseto_tsquery, never
 * as tsquery syntax. The tsquery is a scalar subquery where it is used: PostgreSQL works it out
 * once per statement, even in a plan made for any parameters, and looks the account and the
 * tsquery up together in one GIN index (migration V46).
 */
final class PostgresEngine implements Engine {


    /**
     * PostgreSQL plans from statistics gathered while the tables were small: once an import's
     * first people are indexed, removing a chunk's old documents scanned every document of the
     * account for each chunk (seconds per chunk at 30,000 people) until the statistics caught up.
     */
    @Override
    public void analyze(JdbcClient jdbc) {
        jdbc.sql("ANALYZE who_doc, who_name").update();
    }

    @Override
    public String key() {
        return "person_id";
    }

    @Override
    public List<Hit> search(JdbcClient jdbc, long accountId, Terms terms, boolean all, Filter filter, int cap) {
        Map<String, Object> params = new LinkedHashMap<>(filter.params());
        String query = query(terms, all, params);
        return jdbc.sql("""
                        SELECT p.id, p.name, p.last_touch_day, p.why,
                               ts_rank_cd('{0.1, 0.2, 0.5, 1.0}', d.doc, (SELECT %s)) AS score, %s
                        FROM who_doc d JOIN person p ON p.id = d.person_id
                        WHERE d.account_id = :account AND d.doc @@ (SELECT %s) AND p.account_id = :account
                          AND p.deleted_at IS NULL%s
                        ORDER BY score DESC, p.id LIMIT :cap
                        """.formatted(query, Arrays.stream(Field.values()).map(f -> "d." + f.column)
                        .collect(Collectors.joining(", ")), query, filter.sql()))
                .param("account", accountId).param("cap", cap).params(params)
                .query((rs, n) -> Engine.hit(rs)).list();
    }

    @Override
    public List<Long> ids(JdbcClient jdbc, long accountId, Terms terms, boolean all, List<Long> among, int cap) {
        Map<String, Object> params = new LinkedHashMap<>();
        String query = query(terms, all, params);
        return Engine.among(jdbc.sql("""
                        SELECT d.person_id FROM who_doc d JOIN person p ON p.id = d.person_id
                        WHERE d.account_id = :account AND d.doc @@ (SELECT %s) AND p.account_id = :account
                          AND p.deleted_at IS NULL%s
                        ORDER BY ts_rank_cd('{0.1, 0.2, 0.5, 1.0}', d.doc, (SELECT %s)) DESC, d.person_id LIMIT :cap
                        """.formatted(query, Engine.among(among), query)), among)
                .param("account", accountId).param("cap", cap).params(params).query(Long.class).list();
    }

    /**
     * The tsquery: each word and phrase a parameter (added to {@code params}, named after those
     * already there), every one of them or any.
     */
    private static String query(Terms terms, boolean all, Map<String, Object> params) {
        List<String> parts = new ArrayList<>();
        for (String w : terms.words()) {
            parts.add("plainto_tsquery('english', :t" + params.size() + ")");
            params.put("t" + params.size(), w);
        }
        for (List<String> p : terms.phrases()) {
            parts.add("phraseto_tsquery('english', :t" + params.size() + ")");
            params.put("t" + params.size(), String.join(" ", p));
        }
        return String.join(all ? " && " : " || ", parts);
    }
}
