package app.kith.person;

import app.kith.search.Who;
import app.kith.search.WhoQuery;
import app.kith.search.WhoResult;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who knows about what a person is looking for: each need asked of the who-knows engine, and a
 * match counted only when it is in what someone knows or does (their topics or role), not where
 * they are, what they are looking for themselves, or a passing mention in a note.
 */
final class Knowers {

    /** Needs asked about, at most; a person rarely has more than a few. */
    static final int MAX_NEEDS = 10;
    /** Results read per need: enough that a handful are left after the passing mentions. */
    static final int PER_NEED = 50;
    /** The fields of a match that say someone knows about it, as the engine names them. */
    private static final Set<String> KNOWING = Set.of("topics", "role");
    /** Words that are no subject on their own: "a co-founder" is asked about as "co-founder". */
    private static final Set<String> FILLER = Set.of("a", "an", "the", "of", "for", "to", "in", "on", "at", "and",
            "or", "with", "new", "some", "someone", "somebody", "who", "my", "their", "his", "her", "job", "role",
            "intro", "introduction", "help", "advice");

    private final Who who;
    private final PersonViews views;

    Knowers(Who who, PersonViews views) {
        this.who = who;
        this.views = views;
    }

    List<Knower> of(long accountId, Person seeker, Collection<Long> except, int limit) {
        Map<Long, List<String>> needsOf = new LinkedHashMap<>();
        Map<Long, List<List<WhoResult.Match>>> matchesOf = new LinkedHashMap<>();
        Map<Long, Integer> best = new LinkedHashMap<>();
        for (String need : seeker.lookingFor().stream().limit(MAX_NEEDS).toList()) {
            String subject = subject(need);
            if (subject.isEmpty()) {
                continue;
            }
            List<WhoResult> results = who.who(accountId, new WhoQuery(subject, null, null, null, PER_NEED));
            for (int place = 0; place < results.size(); place++) {
                WhoResult r = results.get(place);
                List<WhoResult.Match> knowing = r.why().stream().filter(m -> KNOWING.contains(m.field())).toList();
                if (r.personId() == seeker.id() || except.contains(r.personId()) || knowing.isEmpty()
                        || needsOf.getOrDefault(r.personId(), List.of()).contains(need)) {
                    continue;
                }
                needsOf.computeIfAbsent(r.personId(), k -> new ArrayList<>()).add(need);
                matchesOf.computeIfAbsent(r.personId(), k -> new ArrayList<>()).add(knowing);
                best.merge(r.personId(), place, Math::min);
            }
        }
        if (needsOf.isEmpty()) {
            return List.of();
        }
        Map<Long, Person> people = People.byId(views.get(accountId, needsOf.keySet()));
        List<Knower> knowers = new ArrayList<>();
        needsOf.forEach((id, needs) -> {
            Person p = people.get(id);
            if (p != null) {
                List<String> about = new ArrayList<>();
                for (int i = 0; i < needs.size(); i++) {
                    about.add(about(needs.get(i), matchesOf.get(id).get(i), p));
                }
                knowers.add(new Knower(id, p.name(), List.copyOf(needs), List.copyOf(about)));
            }
        });
        knowers.sort(Comparator.comparingInt((Knower k) -> -k.needs().size())
                .thenComparingInt(k -> best.get(k.id()))
                .thenComparing(k -> People.key(k.name()))
                .thenComparingLong(Knower::id));
        return knowers.size() > limit ? List.copyOf(knowers.subList(0, limit)) : knowers;
    }

    /** A need without its filler words: "a Data Engineering job" is asked about as "Data Engineering". */
    static String subject(String need) {
        List<String> words = new ArrayList<>();
        for (String word : need.strip().split("\\s+")) {
            if (!FILLER.contains(word.toLowerCase(Locale.ROOT))) {
                words.add(word);
            }
        }
        return String.join(" ", words);
    }

    /**
     * What the knower knows that meets the need, in words: the need itself when one of their
     * topics is it; else the topic that holds the most matched words; else the matched words of
     * their role ("accounting" of "Professor of accounting").
     */
    private static String about(String need, List<WhoResult.Match> matches, Person p) {
        List<String> topicWords = words(matches, "topics");
        String bestTopic = null;
        long bestCount = 0;
        for (String topic : p.topics()) {
            if (normal(topic).equals(normal(need))) {
                return need;
            }
            long count = List.of(normal(topic).split(" ")).stream().filter(topicWords::contains).count();
            if (count > bestCount || count == bestCount && count > 0 && topic.length() > bestTopic.length()) {
                bestTopic = topic;
                bestCount = count;
            }
        }
        return bestTopic != null ? bestTopic : String.join(" ", words(matches, "role"));
    }

    private static List<String> words(List<WhoResult.Match> matches, String field) {
        return matches.stream().filter(m -> m.field().equals(field)).flatMap(m -> m.words().stream()).toList();
    }

    /** Lower case, accents and punctuation gone, single spaces: as the engine's words are. */
    private static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
