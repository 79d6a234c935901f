package app.kith.dupes;

import app.kith.person.NameCard;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds the pairs of likely duplicates without comparing everyone with everyone: people are
 * grouped by what would make them one (an identity key, a name, a last name and first initial, a
 * first name and last initial) and only the people of one group are compared. A group larger than
 * {@link #MAX_GROUP} (a shared switchboard number, the demo's hundred John Smiths) says nothing
 * about any one pair, and is left out so the work stays near-linear.
 */
final class Finder {

    static final int MAX_GROUP = 50;

    /** Two people, {@code a < b}. */
    record Pair(long a, long b) implements Comparable<Pair> {

        static Pair of(long x, long y) {
            return x < y ? new Pair(x, y) : new Pair(y, x);
        }

        @Override
        public int compareTo(Pair o) {
            return a != o.a ? Long.compare(a, o.a) : Long.compare(b, o.b);
        }
    }

    private final Map<Pair, Set<String>> reasons = new TreeMap<>();

    /**
     * Each pair and its reasons: identity keys as given ({@code email:…}), then the name reasons in
     * words. {@code identities} maps a key to the people sharing it.
     */
    static Map<Pair, Set<String>> find(Map<String, List<Long>> identities, List<NameCard> people) {
        Finder f = new Finder();
        identities.forEach((key, ids) -> f.within(ids, (x, y) -> key));
        Map<Long, NameCard> byId = new HashMap<>();
        Map<String, List<Long>> byName = new HashMap<>();
        Map<String, List<Long>> byLast = new HashMap<>();
        Map<String, List<Long>> byFirst = new HashMap<>();
        for (NameCard p : people) {
            byId.put(p.id(), p);
            List<String> words = Names.words(p.name());
            if (words.isEmpty()) {
                continue;
            }
            byName.computeIfAbsent(String.join(" ", words), k -> new ArrayList<>()).add(p.id());
            if (words.size() > 1) {
                String first = words.get(0);
                String last = words.get(words.size() - 1);
                byLast.computeIfAbsent(last + "|" + first.charAt(0), k -> new ArrayList<>()).add(p.id());
                byFirst.computeIfAbsent(first + "|" + last.charAt(0), k -> new ArrayList<>()).add(p.id());
            }
        }
        byName.values().forEach(ids -> f.within(ids, (x, y) -> sameName(byId.get(x), byId.get(y))));
        byLast.values().forEach(ids -> f.within(ids, (x, y) -> closeNames(byId.get(x), byId.get(y))));
        byFirst.values().forEach(ids -> f.within(ids, (x, y) -> closeNames(byId.get(x), byId.get(y))));
        return f.reasons;
    }

    private interface Reason {
        /** Why x and y are likely one, or null when they are not. */
        String of(long x, long y);
    }

    private void within(List<Long> ids, Reason reason) {
        if (ids.size() < 2 || ids.size() > MAX_GROUP) {
            return;
        }
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                Pair pair = Pair.of(ids.get(i), ids.get(j));
                String why = reason.of(pair.a(), pair.b());
                if (why != null) {
                    reasons.computeIfAbsent(pair, k -> new LinkedHashSet<>()).add(why);
                }
            }
        }
    }

    /** One name: with the same company, or with at most one of them saying where they work. */
    private static String sameName(NameCard x, NameCard y) {
        String cx = Names.key(x.company());
        String cy = Names.key(y.company());
        if (!cx.isEmpty() && cx.equals(cy)) {
            return "same name and company (" + x.company() + ")";
        }
        return cx.isEmpty() || cy.isEmpty() ? "same name" : null;
    }

    private static String closeNames(NameCard x, NameCard y) {
        return Names.close(Names.words(x.name()), Names.words(y.name()))
                ? "close names: " + x.name() + " / " + y.name() : null;
    }
}
