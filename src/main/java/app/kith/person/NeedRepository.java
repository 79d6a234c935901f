package app.kith.person;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who knows about what a person is looking for: their needs against everyone's topics, by the
 * lower-cased keys (indexed on both sides, within the account).
 */
class NeedRepository {

    private static final String MATCHES = """
            FROM person_need n
            JOIN person_topic t ON t.account_id = n.account_id AND t.topic_key = n.need_key
            JOIN person p ON p.account_id = t.account_id AND p.id = t.person_id
            WHERE n.account_id = :account AND n.person_id = :person AND t.person_id <> :person
              AND p.deleted_at IS NULL
            """;

    private final JdbcClient jdbc;

    NeedRepository(JdbcTemplate jdbcTemplate) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
    }

    /** The most matches first, then by name; never the person, the deleted or {@code except}. */
    List<Knower> whoKnows(long accountId, long personId, Collection<Long> except, int limit) {
        String excluding = except.isEmpty() ? "" : " AND t.person_id NOT IN (:except)";
        var spec = jdbc.sql("SELECT t.person_id, p.name, count(DISTINCT n.need_key) AS matches " + MATCHES + excluding
                        + " GROUP BY t.person_id, p.name, p.name_key ORDER BY matches DESC, p.name_key, t.person_id"
                        + " LIMIT :limit")
                .param("account", accountId).param("person", personId).param("limit", limit);
        if (!except.isEmpty()) {
            spec = spec.param("except", List.copyOf(except));
        }
        Map<Long, String> names = new LinkedHashMap<>();
        spec.query(rs -> {
            names.put(rs.getLong(1), rs.getString(2));
        });
        if (names.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> needs = new LinkedHashMap<>();
        jdbc.sql("SELECT t.person_id, n.need " + MATCHES + " AND t.person_id IN (:ids) ORDER BY n.position")
                .param("account", accountId).param("person", personId).param("ids", List.copyOf(names.keySet()))
                .query(rs -> {
                    needs.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return names.entrySet().stream()
                .map(e -> new Knower(e.getKey(), e.getValue(), List.copyOf(needs.getOrDefault(e.getKey(), List.of()))))
                .toList();
    }
}
