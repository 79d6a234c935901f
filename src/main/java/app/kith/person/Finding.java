package app.kith.person;

import app.kith.search.Who;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The People list's query with text in it: the who-knows engine finds the text (names by their
 * beginning as typed, then full text, best first), and the list's other filters and order apply
 * to what it found, in SQL. Ordered by relevance, the engine's order is kept.
 */
final class Finding {

    private final ListingRepository listing;
    private final Who who;

    Finding(ListingRepository listing, Who who) {
        this.listing = listing;
        this.who = who;
    }

    /** Every id the query matches, in its order; its text is not blank and its sort is set. */
    List<Long> ids(long accountId, PeopleQuery q, int today) {
        List<Long> found = who.find(accountId, q.text(), Who.MAX_FOUND);
        if (found.isEmpty()) {
            return List.of();
        }
        boolean byRelevance = q.sort() == PeopleQuery.Sort.RELEVANCE;
        List<Long> ids = listing.among(accountId, q.withText(null), today, found, !byRelevance);
        if (!byRelevance) {
            return ids;
        }
        Map<Long, Integer> rank = new HashMap<>();
        for (int i = 0; i < found.size(); i++) {
            rank.put(found.get(i), i);
        }
        return ids.stream().sorted((a, b) -> Integer.compare(rank.get(a), rank.get(b))).toList();
    }
}
