package app.kith.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The engine behind a search box and a person field: what is typed is read both as the beginnings
 * of words (the last word is usually half typed: "Pri") and as full text (stemmed: "accountant"
 * finds "accounting"). Only ids come back, so a list can filter and page thousands of them; the
 * reasons are worked out for the few that are shown ({@link #why}).
 */
final class Finder {


    private final JdbcClient jdbc;
    private final Engine engine;
    private final NameWords names;

    Finder(JdbcClient jdbc, Engine engine, NameWords names) {
        this.jdbc = jdbc;
        this.engine = engine;
        this.names = names;
    }

    private record Beginnings(List<Long> byName, List<Long> elsewhere) {
    }

    /**
     * Best first: the people whose name has a word beginning with every word typed (by name),
     * then the full-text matches of every word (by rank), then those whose company, role,
     * location, emails or topics begin with the words. When none of these finds anyone, names
     * close to the words (a typo) and then the full-text matches of any word.
     */
    List<Long> find(long accountId, String text, List<Long> among, int max) {
        Typed typed = Typed.parse(text);
        Terms terms = Terms.parse(text);
        Beginnings beginnings = typed.isEmpty() ? new Beginnings(List.of(), List.of())
                : beginnings(accountId, typed, among, max);
        Set<Long> ids = new LinkedHashSet<>(beginnings.byName());
        if (!terms.isEmpty()) {
            ids.addAll(engine.ids(jdbc, accountId, terms, true, among, max));
        }
        ids.addAll(beginnings.elsewhere());
        if (ids.isEmpty() && !terms.isEmpty()) {
            if (terms.phrases().isEmpty()) {
                ids.addAll(similarNames(accountId, terms.words(), among));
            }
            if (terms.words().size() + terms.phrases().size() > 1) {
                ids.addAll(engine.ids(jdbc, accountId, terms, false, among, max));
            }
        }
        return ids.stream().limit(max).toList();
    }

    /**
     * One scan of the account's {@code search_text} (its words kept apart: {@link Who#spaced}); the
     * name is looked at only for the people found, to put them first.
     */
    private Beginnings beginnings(long accountId, Typed typed, List<Long> among, int max) {
        var spec = Engine.among(jdbc.sql("""
                        SELECT p.id, CASE WHEN %s THEN 1 ELSE 0 END AS by_name FROM person p
                        WHERE p.account_id = :account AND p.deleted_at IS NULL AND %s%s
                        ORDER BY by_name DESC, p.name_key, p.id LIMIT :max
                        """.formatted(typed.condition("p.name_key", "w", true), typed.condition("p.search_text", "w", false),
                        Engine.among(among))), among)
                .param("account", accountId).param("max", max);
        for (int i = 0; i < typed.words().size(); i++) {
            spec = spec.param("w" + i, typed.pattern(i));
        }
        List<Long> byName = new ArrayList<>();
        List<Long> elsewhere = new ArrayList<>();
        spec.query((rs, n) -> (rs.getInt(2) == 1 ? byName : elsewhere).add(rs.getLong(1))).list();
        return new Beginnings(byName, elsewhere);
    }

    /**
     * Names within a typo of the words, closest first, done only when nothing else matched: the
     * candidates carry a name word near the longest word typed ({@link NameWords}).
     */
    private List<Long> similarNames(long accountId, List<String> words, List<Long> among) {
        if (words.size() > 4) {
            return List.of();
        }
        List<String> near = names.near(accountId, words.stream().max(Comparator.comparingInt(String::length)).orElseThrow());
        if (near.isEmpty()) {
            return List.of();
        }
        Map<Long, Double> closeness = new HashMap<>();
        Engine.among(jdbc.sql("""
                        SELECT p.id, p.name FROM person p
                        WHERE p.account_id = :account AND p.deleted_at IS NULL AND p.id IN (
                            SELECT n.person_id FROM who_name n WHERE n.account_id = :account AND n.word IN (:near))"""
                        + Engine.among(among)), among)
                .param("account", accountId).param("near", near)
                .query((rs, n) -> {
                    double c = Names.closeness(words, rs.getString(2));
                    if (c > 0) {
                        closeness.put(rs.getLong(1), c);
                    }
                    return 1;
                }).list();
        return closeness.keySet().stream()
                .sorted(Comparator.comparingDouble((Long id) -> -closeness.get(id)).thenComparing(id -> id)).toList();
    }

    /**
     * Why each of these people matched the text: field by field, best field first, the words of
     * it that a searched word stems to, or that a typed word begins (in what they are known by at
     * a glance); in a name that the words typed are a typo of, the words close to one.
     */
    Map<Long, List<WhoResult.Match>> why(long accountId, String text, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<String> searched = Terms.parse(text).allWords();
        List<String> beginnings = Typed.parse(text).folded();
        Map<Long, List<WhoResult.Match>> why = new HashMap<>();
        jdbc.sql("SELECT " + engine.key() + " AS id, " + Engine.COLUMNS + " FROM who_doc WHERE account_id = :account AND "
                        + engine.key() + " IN (:ids)")
                .param("account", accountId).param("ids", ids.stream().map(id -> engine.docId(accountId, id)).toList())
                .query((rs, n) -> {
                    Map<Field, String> texts = new EnumMap<>(Field.class);
                    for (Field f : Field.values()) {
                        texts.put(f, rs.getString(f.column));
                    }
                    List<WhoResult.Match> found = Reasons.of(texts, searched, beginnings, false);
                    // A name with a typo: found by nothing else, or by the name's other words ("Priya Ramen").
                    boolean byName = !found.isEmpty() && found.get(0).field().equals(Field.NAME.label);
                    boolean typo = (found.isEmpty() || byName) && Names.closeness(searched, texts.get(Field.NAME)) > 0;
                    why.put(engine.personId(accountId, rs.getLong("id")),
                            typo ? Reasons.of(texts, searched, beginnings, true) : found);
                    return 1;
                }).list();
        return why;
    }
}
