package app.kith.person;

/**
 * What the People list asks for: text to find (as the who-knows engine finds it: names by their
 * beginning as typed, then what people know and do, stemmed), at most one circle, only the people
 * due by today, a why-they-matter filter, an order, and a page. Null means "no filter" for the
 * text, the circle and {@code why}; a null order is by relevance when there is text, else by due date.
 */
public record PeopleQuery(String text, Long circleId, boolean dueOnly, Reason why, Sort sort, int limit, int offset) {

    /** Everyone, by due date, the first page of a given size. */
    public static PeopleQuery everyone(int limit) {
        return new PeopleQuery(null, null, false, null, Sort.DUE, limit, 0);
    }

    /**
     * Why they matter, as a filter. Awesome and connector include the people who are both; any
     * is anyone with a reason given, none anyone without.
     */
    public enum Reason {
        AWESOME, CONNECTOR, BOTH, ANY, NONE
    }

    /** The order of the list; ties go by name, then by id, so pages never overlap. */
    public enum Sort {
        /** Soonest due first; people with no rhythm come last. */
        DUE,
        /** Longest since the last touch first; people never touched come last. */
        LAST_TOUCH,
        /** Most recent touch first; people never touched come last. */
        RECENT_TOUCH,
        NAME,
        /** Best match first, as the who-knows engine ranks the text; without text, as {@link #DUE}. */
        RELEVANCE
    }

    public PeopleQuery withText(String newText) {
        return new PeopleQuery(newText, circleId, dueOnly, why, sort, limit, offset);
    }

    public PeopleQuery inCircle(Long circle) {
        return new PeopleQuery(text, circle, dueOnly, why, sort, limit, offset);
    }

    public PeopleQuery onlyDue(boolean only) {
        return new PeopleQuery(text, circleId, only, why, sort, limit, offset);
    }

    public PeopleQuery mattering(Reason reason) {
        return new PeopleQuery(text, circleId, dueOnly, reason, sort, limit, offset);
    }

    public PeopleQuery sortedBy(Sort order) {
        return new PeopleQuery(text, circleId, dueOnly, why, order, limit, offset);
    }

    public PeopleQuery from(int newOffset) {
        return new PeopleQuery(text, circleId, dueOnly, why, sort, limit, newOffset);
    }
}
