package app.kith.search;

import java.util.Map;

/** A row a search engine found: the person, the closeness facts the tie-breaker needs, the texts. */
record Hit(long personId, String name, Long lastTouchDay, String why, double score, Map<Field, String> texts) {
}
