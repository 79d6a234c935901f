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

    /**
     * Every id the query matches, in its order; its text is not blank and its sort is set. The
     * engine finds at most {@link Who#MAX_FOUND}; when the other filters keep no more than that,
     * it looks among those only, so a short word with filters misses nobody.
     */
    List<Long> ids(long accountId, PeopleQuery q, int today) {
        boolean filtered = q.circleId() != null || q.dueOnly() || q.why() != null;
        boolean byRelevance = q.sort() == PeopleQuery.Sort.RELEVANCE;
        List<Long> among = null;
        if (filtered) {
            List<Long> kept = listing.ids(accountId, q.withText(null).sortedBy(PeopleQuery.Sort.NAME), today);
            if (kept.isEmpty()) {
                return List.of();
            }
            among = kept.size() <= Who.MAX_FOUND ? kept : null;
        }
        List<Long> found = who.find(accountId, q.text(), among, Who.MAX_FOUND);
        if (found.isEmpty() || byRelevance && (!filtered || among != null)) {
            return found; // every one of them is kept, in the engine's order
        }
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
