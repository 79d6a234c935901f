package app.kith.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps the "who knows" documents current. Triggers mark a person stale in the same transaction
 * as any write that changes what their document says; {@link #refresh} rebuilds the stale ones,
 * in chunks, from the person, their topics, needs, touchpoints, asks and introductions.
 */
final class WhoIndex {

    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final Engine engine;
    private final NameWords names;

    WhoIndex(JdbcClient jdbc, Engine engine, NameWords names) {
        this.jdbc = jdbc;
        this.engine = engine;
        this.names = names;
    }

    boolean isStale(long accountId) {
        return !jdbc.sql("SELECT person_id FROM who_stale WHERE account_id = :account LIMIT 1")
                .param("account", accountId).query(Long.class).list().isEmpty();
    }

    /**
     * Rebuilds the documents of up to a chunk of the account's stale people, lowest ids first;
     * returns how many (0: none was stale). Run each chunk in a transaction of its own, so a large
     * import's people are indexed without holding the store for long. The stale marks are taken
     * by deleting them, so two searches catching up at once never rebuild the same person twice.
     */
    int refreshChunk(long accountId) {
        List<Long> ids = jdbc.sql("""
                DELETE FROM who_stale WHERE account_id = :account AND person_id IN (
                    SELECT person_id FROM who_stale WHERE account_id = :account ORDER BY person_id LIMIT :chunk)
                RETURNING person_id
                """).param("account", accountId).param("chunk", CHUNK).query(Long.class).list();
        if (ids.isEmpty()) {
            return 0;
        }
        engine.delete(jdbc, accountId, ids);
        Map<Long, Map<Field, String>> docs = documents(accountId, ids);
        engine.insert(jdbc, accountId, docs);
        Map<Long, String> named = new LinkedHashMap<>();
        docs.forEach((id, doc) -> named.put(id, doc.get(Field.NAME)));
        names.replace(accountId, ids, named);
        return ids.size();
    }

    /** After many documents were written: the store re-plans for the tables as they are. */
    void analyze() {
        engine.analyze(jdbc);
    }

    /** Marks every person of the account stale: after a bulk write, or to rebuild it all. */
    void markAll(long accountId) {
        jdbc.sql("DELETE FROM who_stale WHERE account_id = :account").param("account", accountId).update();
        jdbc.sql("INSERT INTO who_stale (account_id, person_id) SELECT account_id, id FROM person WHERE account_id = :account")
                .param("account", accountId).update();
    }

    private Map<Long, Map<Field, String>> documents(long accountId, List<Long> ids) {
        Map<Long, Map<Field, List<String>>> parts = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT id, name, company, role, location, how_we_met, notes FROM person
                WHERE account_id = :account AND id IN (:ids) AND deleted_at IS NULL
                """).param("account", accountId).param("ids", ids).query((rs, n) -> {
            Map<Field, List<String>> doc = new EnumMap<>(Field.class);
            for (Field f : Field.values()) {
                doc.put(f, new ArrayList<>());
            }
            long id = rs.getLong("id");
            add(doc, Field.NAME, rs.getString("name"));
            add(doc, Field.COMPANY, rs.getString("company"));
            add(doc, Field.ROLE, rs.getString("role"));
            add(doc, Field.LOCATION, rs.getString("location"));
            add(doc, Field.MET, rs.getString("how_we_met"));
            add(doc, Field.NOTES, rs.getString("notes"));
            parts.put(id, doc);
            return id;
        }).list();
        if (parts.isEmpty()) {
            return Map.of();
        }
        List<Long> alive = List.copyOf(parts.keySet());
        collect(parts, Field.TOPICS, """
                SELECT person_id, topic FROM person_topic WHERE account_id = :account AND person_id IN (:ids)
                ORDER BY person_id, position
                """, accountId, alive);
        collect(parts, Field.NEEDS, """
                SELECT person_id, need FROM person_need WHERE account_id = :account AND person_id IN (:ids)
                ORDER BY person_id, position
                """, accountId, alive);
        collect(parts, Field.TOUCHPOINTS, """
                SELECT person_id, note FROM touchpoint
                WHERE account_id = :account AND person_id IN (:ids) AND note IS NOT NULL ORDER BY person_id, day DESC
                """, accountId, alive);
        collect(parts, Field.ASKS, """
                SELECT person_id, text FROM ask WHERE account_id = :account AND person_id IN (:ids) ORDER BY person_id, id
                """, accountId, alive);
        collect(parts, Field.ASKS, """
                SELECT a.person_id, e.note FROM ask_event e JOIN ask a ON a.account_id = e.account_id AND a.id = e.ask_id
                WHERE e.account_id = :account AND a.person_id IN (:ids) AND e.note IS NOT NULL ORDER BY a.person_id, e.id
                """, accountId, alive);
        for (String side : List.of("person_a", "person_b")) {
            collect(parts, Field.INTROS, """
                    SELECT %s, reason FROM introduction WHERE account_id = :account AND %s IN (:ids) ORDER BY id
                    """.formatted(side, side), accountId, alive);
            collect(parts, Field.INTROS, """
                    SELECT i.%s, e.note FROM introduction_event e
                    JOIN introduction i ON i.account_id = e.account_id AND i.id = e.introduction_id
                    WHERE e.account_id = :account AND i.%s IN (:ids) AND e.note IS NOT NULL ORDER BY e.id
                    """.formatted(side, side), accountId, alive);
        }
        Map<Long, Map<Field, String>> docs = new LinkedHashMap<>();
        parts.forEach((id, doc) -> {
            Map<Field, String> text = new EnumMap<>(Field.class);
            doc.forEach((field, values) -> text.put(field, String.join("\n", values)));
            docs.put(id, text);
        });
        return docs;
    }

    private void collect(Map<Long, Map<Field, List<String>>> parts, Field field, String sql, long accountId,
                         List<Long> ids) {
        jdbc.sql(sql).param("account", accountId).param("ids", ids).query((rs, n) -> {
            add(parts.get(rs.getLong(1)), field, rs.getString(2));
            return 1;
        }).list();
    }

    private static void add(Map<Field, List<String>> doc, Field field, String value) {
        if (doc != null && value != null && !value.isBlank()) {
            doc.get(field).add(value.strip());
        }
    }
}
