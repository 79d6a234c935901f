package app.kith.search;

import app.kith.Invalid;
import app.kith.db.Dialect;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * "Who knows X?": a full-text search over everything that says what someone knows or does, best
 * first, with the reason shown. Every word must match (in any field, in any order, stemmed);
 * when nothing matches them all, any word will do. A name typed with a typo still finds the
 * person. Among near-equal matches a closer tie (a recent touchpoint, awesome or a connector)
 * ranks higher.
 */
public final class Who {

    private static final Set<String> WHY = Set.of("awesome", "connector");

    private final JdbcClient jdbc;
    private final TransactionOperations tx;
    private final Clock clock;
    private final Engine engine;
    private final WhoIndex index;
    private final NameWords names;

    public Who(JdbcClient jdbc, TransactionOperations tx, Dialect dialect, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.engine = dialect == Dialect.POSTGRESQL ? new PostgresEngine() : new SqliteEngine();
        this.names = new NameWords(jdbc);
        this.index = new WhoIndex(jdbc, engine, names);
    }

    public List<WhoResult> who(long accountId, WhoQuery q) {
        if (q.why() != null && !WHY.contains(q.why())) {
            throw new Invalid("why", "Why they matter is awesome or connector.");
        }
        Terms terms = Terms.parse(q.text());
        if (terms.isEmpty()) {
            return List.of();
        }
        catchUp(accountId);
        Filter filter = Filter.of(q);
        int cap = q.limit() * 3 + 20;
        List<Hit> hits = engine.search(jdbc, accountId, terms, true, filter, cap);
        Map<Long, WhoResult> results = new LinkedHashMap<>();
        ranked(hits, terms).forEach(r -> results.putIfAbsent(r.personId(), r));
        if (terms.phrases().isEmpty()) {
            similarNames(accountId, terms.words(), filter).forEach(r -> results.putIfAbsent(r.personId(), r));
        }
        if (hits.isEmpty() && terms.words().size() + terms.phrases().size() > 1) {
            ranked(engine.search(jdbc, accountId, terms, false, filter, cap), terms)
                    .forEach(r -> results.putIfAbsent(r.personId(), r));
        }
        return results.values().stream().limit(q.limit()).toList();
    }

    /**
     * Weak ties who may fit a goal: people with between {@code fewest} and {@code most}
     * touchpoints whose document has any of the words, best first (the more words, and the
     * better the fields they are in, the higher).
     */
    public List<WhoResult> fewTouchpoints(long accountId, String text, int fewest, int most, int limit) {
        Terms terms = Terms.parse(text);
        if (terms.isEmpty()) {
            return List.of();
        }
        catchUp(accountId);
        Filter few = new Filter(" AND (SELECT COUNT(*) FROM touchpoint t WHERE t.account_id = p.account_id"
                + " AND t.person_id = p.id) BETWEEN :fewest AND :most", Map.of("fewest", fewest, "most", most));
        return ranked(engine.search(jdbc, accountId, terms, false, few, limit * 3 + 20), terms).stream()
                .limit(limit).toList();
    }

    /**
     * Who is looking for something: the people whose "looking for" matches the text, best first,
     * so someone who knows about it can be introduced to them.
     */
    public List<WhoResult> needing(long accountId, String text, int limit) {
        return who(accountId, new WhoQuery(text, null, null, null, WhoQuery.MAX_LIMIT)).stream()
                .filter(r -> r.why().stream().anyMatch(m -> m.field().equals(Field.NEEDS.label)))
                .limit(limit).toList();
    }

    /**
     * Rebuilds every document of the account: after a bulk write that went around the triggers,
     * or to repair the index. Searches rebuild what is stale on their own.
     */
    public int reindex(long accountId) {
        return tx.execute(status -> {
            index.markAll(accountId);
            return index.refresh(accountId);
        });
    }

    /** Rebuilds the account's stale documents (after an import, say); returns how many. */
    public int refresh(long accountId) {
        return index.isStale(accountId) ? tx.execute(status -> index.refresh(accountId)) : 0;
    }

    private void catchUp(long accountId) {
        if (index.isStale(accountId)) {
            tx.executeWithoutResult(status -> index.refresh(accountId));
        }
    }

    private List<WhoResult> ranked(List<Hit> hits, Terms terms) {
        List<String> words = terms.allWords();
        return hits.stream()
                .map(h -> new WhoResult(h.personId(), h.name(), Reasons.of(h.texts(), words), day(h.lastTouchDay()),
                        h.score() * (1 + 0.15 * closeness(h))))
                .sorted(Comparator.comparingDouble(WhoResult::score).reversed()
                        .thenComparing(WhoResult::personId))
                .toList();
    }

    /**
     * People whose name is close to every word typed. The candidates carry a name word close to
     * the longest word typed (the most telling); each is then scored on their whole name.
     */
    private List<WhoResult> similarNames(long accountId, List<String> words, Filter filter) {
        if (words.isEmpty() || words.size() > 4) {
            return List.of();
        }
        String longest = words.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
        List<String> near = names.near(accountId, longest);
        if (near.isEmpty()) {
            return List.of();
        }
        List<WhoResult> found = new ArrayList<>();
        jdbc.sql("""
                        SELECT p.id, p.name, p.last_touch_day FROM person p
                        WHERE p.account_id = :account AND p.deleted_at IS NULL AND p.id IN (
                            SELECT n.person_id FROM who_name n WHERE n.account_id = :account AND n.word IN (:near))"""
                        + filter.sql())
                .param("account", accountId).param("near", near).params(filter.params())
                .query((rs, n) -> {
                    String name = rs.getString("name");
                    double closeness = Names.closeness(words, name);
                    if (closeness > 0) {
                        long day = rs.getLong("last_touch_day");
                        LocalDate lastTouchOn = rs.wasNull() ? null : LocalDate.ofEpochDay(day);
                        found.add(new WhoResult(rs.getLong("id"), name,
                                List.of(new WhoResult.Match(Field.NAME.label, List.of(name))), lastTouchOn, closeness));
                    }
                    return 1;
                }).list();
        found.sort(Comparator.comparingDouble(WhoResult::score).reversed().thenComparing(WhoResult::personId));
        return found;
    }

    /** 0 to 1: why they matter (awesome, connector) and how recently you spoke. */
    private double closeness(Hit hit) {
        double c = switch (hit.why() == null ? "" : hit.why()) {
            case "both" -> 0.5;
            case "awesome", "connector" -> 0.25;
            default -> 0;
        };
        if (hit.lastTouchDay() != null) {
            long days = LocalDate.now(clock).toEpochDay() - hit.lastTouchDay();
            c += 0.5 * Math.max(0, Math.min(1, 1 - (days - 30) / 335.0));
        }
        return c;
    }

    private static LocalDate day(Long epochDay) {
        return epochDay == null ? null : LocalDate.ofEpochDay(epochDay);
    }
}
