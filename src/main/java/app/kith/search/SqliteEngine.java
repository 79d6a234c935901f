package app.kith.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * SQLite's FTS5, ranked by bm25 with a weight per column. The MATCH expression is built from
 * letters-and-digits tokens only, each in double quotes, so nothing typed is read as FTS5 syntax.
 *
 * <p>One index holds every account's documents. A document's rowid is its account's id times
 * 2<sup>32</sup> plus the person's id (migration V46), so each account's documents are one range of
 * rowids: FTS5 seeks a word's postings to the start of the range and stops at its end, instead of
 * reading the word's postings in every account and dropping the others'. A token for the account
 * would do the same but make every document one word longer, which moves bm25's ranking.
 */
final class SqliteEngine implements Engine {

    /** Person ids stay below it (SQLite gives them one by one from 1); account ids below 2^31. */
    private static final long SPAN = 1L << 32;

    private static final String WEIGHTS = Arrays.stream(Field.values()).map(f -> String.valueOf(f.weight))
            .collect(Collectors.joining(", "));

    @Override
    public String key() {
        return "rowid";
    }

    @Override
    public long docId(long accountId, long personId) {
        return accountId * SPAN + personId;
    }

    @Override
    public long personId(long accountId, long docId) {
        return docId - accountId * SPAN;
    }

    @Override
    public List<Hit> search(JdbcClient jdbc, long accountId, Terms terms, boolean all, Filter filter, int cap) {
        return jdbc.sql("""
                        SELECT p.id, p.name, p.last_touch_day, p.why, -bm25(who_doc, 0, %s) AS score, %s
                        FROM who_doc JOIN person p ON p.id = who_doc.rowid - :first
                        WHERE who_doc MATCH :match AND who_doc.rowid BETWEEN :first AND :last
                          AND p.account_id = :account AND p.deleted_at IS NULL%s
                        ORDER BY score DESC LIMIT :cap
                        """.formatted(WEIGHTS, Arrays.stream(Field.values()).map(f -> "who_doc." + f.column)
                        .collect(Collectors.joining(", ")), filter.sql()))
                .param("match", match(terms, all)).param("account", accountId).param("first", docId(accountId, 0))
                .param("last", docId(accountId, SPAN - 1)).param("cap", cap).params(filter.params())
                .query((rs, n) -> Engine.hit(rs)).list();
    }

    @Override
    public List<Long> ids(JdbcClient jdbc, long accountId, Terms terms, boolean all, List<Long> among, int cap) {
        return Engine.among(jdbc.sql("""
                        SELECT p.id FROM who_doc JOIN person p ON p.id = who_doc.rowid - :first
                        WHERE who_doc MATCH :match AND who_doc.rowid BETWEEN :first AND :last
                          AND p.account_id = :account AND p.deleted_at IS NULL%s
                        ORDER BY bm25(who_doc, 0, %s), who_doc.rowid LIMIT :cap
                        """.formatted(Engine.among(among), WEIGHTS)), among)
                .param("match", match(terms, all)).param("account", accountId).param("first", docId(accountId, 0))
                .param("last", docId(accountId, SPAN - 1)).param("cap", cap).query(Long.class).list();
    }

    /** The MATCH expression: each word and phrase quoted, every one of them or any. */
    private static String match(Terms terms, boolean all) {
        List<String> parts = new ArrayList<>();
        terms.words().forEach(w -> parts.add('"' + w + '"'));
        terms.phrases().forEach(p -> parts.add('"' + String.join(" ", p) + '"'));
        return String.join(all ? " AND " : " OR ", parts);
    }
}
