package app.kith.web.people;

import app.kith.web.CircleChoice;
import app.kith.web.PersonRow;
import java.util.List;

/**
 * The People page: the filters as set and the choices of each, one page of people, and what to
 * say when there is nobody at all ({@code nobodyYet}) or nobody matches ({@code nobodyMatches}).
 * The previous and next addresses are null at either end. For changing people in bulk: how many
 * match in all, the circles they can be put in, and what the last bulk change did (or null).
 */
public record PeopleView(PeopleFilters filters, List<Option> circles, List<Option> reasons, List<Option> sorts,
                         List<PersonRow> rows, String summary, int page, int pages, String previousUrl,
                         String nextUrl, boolean nobodyYet, String nobodyMatches, String searchError, int total,
                         List<CircleChoice> bulkCircles, BulkNotice bulk) {

    /** What a bulk change did, or why it was refused; {@code batch} is set after a delete, for its undo. */
    public record BulkNotice(String text, Long batch, boolean refused) implements java.io.Serializable {
    }

    /** One choice of a select. */
    public record Option(String value, String label, boolean selected) {
    }
}
