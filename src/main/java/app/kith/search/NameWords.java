package app.kith.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The folded words of people's names, so that a name typed with a typo is compared with the
 * account's distinct name words (a few thousand even at 30,000 people) rather than with every
 * person: the candidates are then the few people who carry a close word.
 *
 * <p>A search reads the distinct words from memory, kept per account (the most recently searched
 * ones) with the account's name-word revision they were read at; the revision goes up in the same
 * transaction as any change to them, on whichever node, so one primary-key read tells whether the
 * words in memory are still the account's.
 */
final class NameWords {

    /**
     * The most words kept, across the accounts searched last: about 30 MB. A demo network of
     * 30,000 people has 640 distinct name words; a real one of that size, some thousands.
     */
    private static final int WORDS_KEPT = 500_000;

    private final JdbcClient jdbc;
    /** Least recently searched first; guarded by itself. */
    private final LinkedHashMap<Long, Known> known = new LinkedHashMap<>(16, 0.75f, true);
    private int wordsKept;

    /** An account's distinct name words by length (in characters), as they were at a revision. */
    private record Known(long revision, Map<Integer, List<String>> byLength, int words) {
    }

    NameWords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Puts these people's name words in place of what they were (no name: none); counts the
     * account's revision up when the words they bring differ from those they had.
     */
    void replace(long accountId, List<Long> personIds, Map<Long, String> names) {
        Set<String> before = new HashSet<>(jdbc.sql("""
                        DELETE FROM who_name WHERE account_id = :account AND person_id IN (:ids) RETURNING word
                        """)
                .param("account", accountId).param("ids", personIds).query(String.class).list());
        Set<String> after = insert(accountId, names);
        if (!before.equals(after)) {
            jdbc.sql("""
                            INSERT INTO who_name_revision (account_id, revision) VALUES (:account, 1)
                            ON CONFLICT (account_id) DO UPDATE SET revision = who_name_revision.revision + 1
                            """)
                    .param("account", accountId).update();
        }
    }

    /** The words of these people's names, in one statement; returns them. */
    private Set<String> insert(long accountId, Map<Long, String> names) {
        StringBuilder sql = new StringBuilder("INSERT INTO who_name (account_id, word, person_id) VALUES ");
        Map<String, Object> params = new HashMap<>();
        params.put("account", accountId);
        Set<String> words = new HashSet<>();
        int row = 0;
        for (Map.Entry<Long, String> name : names.entrySet()) {
            for (String word : Terms.words(name.getValue(), false)) {
                sql.append(row == 0 ? "" : ", ").append("(:account, :w").append(row).append(", :p").append(row).append(')');
                params.put("w" + row, word);
                params.put("p" + row, name.getKey());
                words.add(word);
                row++;
            }
        }
        if (row > 0) {
            jdbc.sql(sql.toString()).params(params).update();
        }
        return words;
    }

    /**
     * The name words within the allowed edit distance of {@code typed}: those of a length that
     * could be close are compared.
     */
    List<String> near(long accountId, String typed) {
        int allowed = Names.allowed(typed);
        Map<Integer, List<String>> byLength = distinct(accountId);
        List<String> near = new ArrayList<>();
        for (int length = typed.length() - allowed; length <= typed.length() + allowed; length++) {
            for (String word : byLength.getOrDefault(length, List.of())) {
                if (Names.distance(typed, word) <= allowed) {
                    near.add(word);
                }
            }
        }
        return near;
    }

    private Map<Integer, List<String>> distinct(long accountId) {
        long revision = jdbc.sql("SELECT revision FROM who_name_revision WHERE account_id = :account")
                .param("account", accountId).query(Long.class).optional().orElse(0L);
        Known words;
        synchronized (known) {
            words = known.get(accountId);
        }
        if (words != null && words.revision() == revision) {
            return words.byLength();
        }
        // Read after the revision: words newer than it are only read again at the next search.
        List<String> all = jdbc.sql("SELECT DISTINCT word FROM who_name WHERE account_id = :account")
                .param("account", accountId).query(String.class).list();
        Map<Integer, List<String>> byLength = new HashMap<>();
        all.forEach(word -> byLength.computeIfAbsent(word.codePointCount(0, word.length()), n -> new ArrayList<>())
                .add(word));
        keep(accountId, new Known(revision, byLength, all.size()));
        return byLength;
    }

    private void keep(long accountId, Known words) {
        synchronized (known) {
            Known before = known.put(accountId, words);
            wordsKept += words.words() - (before == null ? 0 : before.words());
            Iterator<Known> eldest = known.values().iterator();
            while (wordsKept > WORDS_KEPT && eldest.hasNext()) {
                wordsKept -= eldest.next().words();
                eldest.remove();
            }
        }
    }
}
