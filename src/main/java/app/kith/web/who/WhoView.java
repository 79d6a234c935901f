package app.kith.web.who;

import java.util.List;
import java.util.Map;

/**
 * The "Who knows" page: the search as typed and the choices of its filters, the people found
 * best first, and what to say instead when nothing was asked ({@code examples}, searches made
 * of the account's own topics), nobody matches ({@code nobody}), or a field was refused
 * ({@code errors}, by field: q, circle, location, why). {@code notice} says what the last action
 * did when it came back without JavaScript.
 */
public record WhoView(WhoFilters filters, List<Choice> circles, List<Choice> reasons, List<WhoRow> rows, String summary,
                      Map<String, String> errors, List<Example> examples, String nobody, String notice) {

    /** One choice of a select. */
    public record Choice(String value, String label, boolean selected) {
    }

    /** A search to try: the words and its address. */
    public record Example(String text, String url) {
    }
}
