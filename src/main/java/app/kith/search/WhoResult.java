package app.kith.search;

import java.time.LocalDate;
import java.util.List;

/**
 * A person who may know: why they matched (field by field, best field first), when you last
 * spoke (null if never) and the score they were ranked by (higher is better; comparable only
 * within one search).
 */
public record WhoResult(long personId, String name, List<Match> why, LocalDate lastTouchOn, double score) {

    /** A field that matched ({@code topics}, {@code role}, {@code notes}…) and the words of it that did. */
    public record Match(String field, List<String> words) {
    }
}
