package app.kith.person;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who knows about what a person is looking for: everyone whose topic is one of their needs, or
 * is said in one as whole words ("data engineering" in "a data engineering job"). The needs'
 * phrases are looked up by the topics' lower-cased keys (indexed), within the account.
 */
class NeedRepository {

    /** Longer phrases than this are not looked up: topics are a few words. */
    static final int MAX_WORDS = 4;
    /** A bound on the phrases of one person's needs, well under every database's parameter limit. */
    static final int MAX_PHRASES = 800;
    /** Words that are no topic on their own: "a" in "a co-founder" must not match a topic "a". */
    private static final Set<String> FILLER = Set.of("a", "an", "the", "of", "for", "to", "in", "on", "at", "and",
            "or", "with", "new", "some", "someone", "somebody", "who", "my", "their", "his", "her", "job", "role",
            "intro", "introduction", "help", "advice");

    private final JdbcClient jdbc;

    NeedRepository(JdbcTemplate jdbcTemplate) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
    }

    private record Need(String text, String key, Set<String> phrases) {
    }

    private record Match(long personId, String name, String nameKey, String topic, String topicKey) {
    }

    /** The most needs matched first, then by name; never the person, the deleted or {@code except}. */
    List<Knower> whoKnows(long accountId, long personId, Collection<Long> except, int limit) {
        List<Need> needs = jdbc.sql("""
                        SELECT need, need_key FROM person_need
                        WHERE account_id = :account AND person_id = :person ORDER BY position""")
                .param("account", accountId).param("person", personId)
                .query((rs, n) -> new Need(rs.getString(1), rs.getString(2), phrases(rs.getString(2)))).list();
        Set<String> phrases = new LinkedHashSet<>();
        needs.forEach(n -> n.phrases().stream().limit(Math.max(0, MAX_PHRASES - phrases.size())).forEach(phrases::add));
        if (phrases.isEmpty()) {
            return List.of();
        }
        String excluding = except.isEmpty() ? "" : " AND t.person_id NOT IN (:except)";
        var spec = jdbc.sql("""
                        SELECT t.person_id, p.name, p.name_key, t.topic, t.topic_key
                        FROM person_topic t
                        JOIN person p ON p.account_id = t.account_id AND p.id = t.person_id
                        WHERE t.account_id = :account AND t.topic_key IN (:phrases) AND t.person_id <> :person
                          AND p.deleted_at IS NULL""" + excluding + " ORDER BY t.person_id, t.position")
                .param("account", accountId).param("person", personId).param("phrases", List.copyOf(phrases));
        if (!except.isEmpty()) {
            spec = spec.param("except", List.copyOf(except));
        }
        List<Match> matches = spec.query((rs, n) -> new Match(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5))).list();
        return rank(needs, matches, limit);
    }

    /** Each person with the needs their topics meet, and how (see {@link Knower}). */
    private static List<Knower> rank(List<Need> needs, List<Match> matches, int limit) {
        Map<Long, List<Match>> byPerson = new LinkedHashMap<>();
        matches.forEach(m -> byPerson.computeIfAbsent(m.personId(), k -> new ArrayList<>()).add(m));
        List<Knower> knowers = new ArrayList<>();
        Map<Long, String> nameKeys = new LinkedHashMap<>();
        byPerson.forEach((id, theirs) -> {
            List<String> met = new ArrayList<>();
            List<String> topics = new ArrayList<>();
            for (Need need : needs) {
                theirs.stream().filter(m -> need.phrases().contains(m.topicKey()))
                        // the topic said most fully in the need: "data engineering" over "data"
                        .max(Comparator.comparingInt(m -> m.topicKey().length()))
                        .ifPresent(m -> {
                            met.add(need.text());
                            topics.add(m.topicKey().equals(normal(need.key())) ? need.text() : m.topic());
                        });
            }
            if (!met.isEmpty()) {
                knowers.add(new Knower(id, theirs.get(0).name(), List.copyOf(met), List.copyOf(topics)));
                nameKeys.put(id, theirs.get(0).nameKey());
            }
        });
        knowers.sort(Comparator.comparingInt((Knower k) -> -k.needs().size())
                .thenComparing(k -> nameKeys.get(k.id()), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(Knower::id));
        return knowers.size() > limit ? List.copyOf(knowers.subList(0, limit)) : knowers;
    }

    /** Every run of up to {@link #MAX_WORDS} words of a need's key, but those of filler words alone. */
    static Set<String> phrases(String needKey) {
        String[] words = normal(needKey).split(" ");
        Set<String> phrases = new LinkedHashSet<>();
        phrases.add(normal(needKey));
        for (int from = 0; from < words.length; from++) {
            for (int to = from + 1; to <= Math.min(words.length, from + MAX_WORDS); to++) {
                List<String> run = List.of(words).subList(from, to);
                if (!FILLER.containsAll(run)) {
                    phrases.add(String.join(" ", run));
                }
            }
        }
        phrases.remove("");
        return phrases;
    }

    private static String normal(String key) {
        return key == null ? "" : key.strip().replaceAll("\\s+", " ");
    }
}
