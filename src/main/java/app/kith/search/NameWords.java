package app.kith.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The folded words of people's names, so that a name typed with a typo is compared with the
 * account's distinct name words (a few thousand even at 30,000 people) rather than with every
 * person: the candidates are then the few people who carry a close word.
 */
final class NameWords {

    private final JdbcClient jdbc;

    NameWords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void delete(long accountId, List<Long> personIds) {
        jdbc.sql("DELETE FROM who_name WHERE account_id = :account AND person_id IN (:ids)")
                .param("account", accountId).param("ids", personIds).update();
    }

    /** The words of these people's names, in one statement. */
    void insert(long accountId, Map<Long, String> names) {
        StringBuilder sql = new StringBuilder("INSERT INTO who_name (account_id, word, person_id) VALUES ");
        Map<String, Object> params = new HashMap<>();
        params.put("account", accountId);
        int row = 0;
        for (Map.Entry<Long, String> name : names.entrySet()) {
            for (String word : Terms.words(name.getValue(), false)) {
                sql.append(row == 0 ? "" : ", ").append("(:account, :w").append(row).append(", :p").append(row).append(')');
                params.put("w" + row, word);
                params.put("p" + row, name.getKey());
                row++;
            }
        }
        if (row > 0) {
            jdbc.sql(sql.toString()).params(params).update();
        }
    }

    /**
     * The name words within the allowed edit distance of {@code typed}: those of a length that
     * could be close are read, and compared here.
     */
    List<String> near(long accountId, String typed) {
        int allowed = Names.allowed(typed);
        return jdbc.sql("""
                        SELECT DISTINCT word FROM who_name
                        WHERE account_id = :account AND length(word) BETWEEN :shortest AND :longest
                        """)
                .param("account", accountId).param("shortest", typed.length() - allowed)
                .param("longest", typed.length() + allowed)
                .query(String.class).list().stream()
                .filter(word -> Names.distance(typed, word) <= allowed).toList();
    }
}
