package app.kith.search;

/**
 * What a user asks "who knows": free text (words in any order, "phrases" in quotes), and optional
 * filters: a circle, a location (a part of it, any case), why they matter ({@code awesome} or
 * {@code connector}; someone who is both counts for either). {@code limit} caps the results.
 */
public record WhoQuery(String text, Long circleId, String location, String why, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 200;

    public WhoQuery {
        text = text == null ? "" : text;
        location = location == null || location.isBlank() ? null : location.strip();
        why = why == null || why.isBlank() ? null : why.strip();
        limit = limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
    }

    public static WhoQuery of(String text) {
        return new WhoQuery(text, null, null, null, DEFAULT_LIMIT);
    }
}
