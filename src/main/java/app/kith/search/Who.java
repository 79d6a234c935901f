package app.kith.search;

import app.kith.Invalid;
import app.kith.db.Dialect;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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
    private final Finder finder;

    /** The most people {@link #find} returns: enough to page through, few enough to filter in one statement. */
    public static final int MAX_FOUND = 5_000;

    public Who(JdbcClient jdbc, TransactionOperations tx, Dialect dialect, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.engine = dialect == Dialect.POSTGRESQL ? new PostgresEngine() : new SqliteEngine();
        this.names = new NameWords(jdbc);
        this.index = new WhoIndex(jdbc, engine, names);
        this.finder = new Finder(jdbc, engine, names);
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
     * Who a text typed into a search box or a person field finds, best first, as ids (up to
     * {@code max}, at most {@link #MAX_FOUND}): the people whose name has a word beginning with
     * every word typed ("Pri" is Priya), then the full-text matches (stemmed, as {@link #who}),
     * then those whose company, role, location, emails or topics begin with the words; a name
     * with a typo when nothing else matches. For the People list and search and the person fields'
     * typeahead, which filter and page the ids and ask {@link #why} for the ones they show.
     */
    public List<Long> find(long accountId, String text, int max) {
        return find(accountId, text, null, max);
    }

    /**
     * The same among these people only (at most {@link #MAX_FOUND}; null: everyone): a list whose
     * other filters keep a few thousand people or fewer asks among them, so that a word as short as
     * "a" finds every one of them it begins a word of, not only those within the first {@code max}.
     */
    public List<Long> find(long accountId, String text, Collection<Long> among, int max) {
        if (text == null || text.isBlank() || max < 1 || among != null && among.isEmpty()) {
            return List.of();
        }
        if (among != null && among.size() > MAX_FOUND) {
            throw new IllegalArgumentException("at most " + MAX_FOUND + " people to find among, not " + among.size());
        }
        catchUp(accountId);
        return finder.find(accountId, text, among == null ? null : List.copyOf(among), Math.min(max, MAX_FOUND));
    }

    /**
     * Text as {@code person.search_text} must hold it for {@link #find} to read its words: lower
     * case, with hyphens, @, dots, underscores and slashes as spaces ("grace navy example").
     */
    public static String spaced(String text) {
        return Typed.spaced(text);
    }

    /** Why each of these people matched what {@link #find} was given: field by field, best first, with the words. */
    public Map<Long, List<WhoResult.Match>> why(long accountId, String text, Collection<Long> ids) {
        if (text == null || text.isBlank() || ids.isEmpty()) {
            return Map.of();
        }
        catchUp(accountId);
        return finder.why(accountId, text, ids);
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
        tx.executeWithoutResult(status -> index.markAll(accountId));
        return refresh(accountId);
    }

    /**
     * Rebuilds the account's stale documents (after an import, say), a chunk per transaction so
     * that other writes go on in between; returns how many.
     */
    public int refresh(long accountId) {
        int total = 0;
        int done;
        int chunks = 0;
        do {
            done = tx.execute(status -> index.refreshChunk(accountId));
            total += done;
            // Each time the documents written doubled (2, 4, 8… chunks): a few re-plannings for a
            // large import, none for the few people a search usually finds stale.
            if (done > 0 && ++chunks >= 2 && Integer.bitCount(chunks) == 1) {
                index.analyze();
            }
        } while (done > 0);
        return total;
    }

    private void catchUp(long accountId) {
        if (index.isStale(accountId)) {
            refresh(accountId);
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
