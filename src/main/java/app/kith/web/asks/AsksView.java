package app.kith.web.asks;

import java.util.List;

/**
 * All asks: what became of them overall ("no one ever says no") and the list, open ones first.
 * Each row names its person.
 */
public record AsksView(String summary, String noShare, List<Row> open, List<Row> closed) {

    /** An ask with its person. */
    public record Row(long personId, String personName, AskRow ask) {
    }
}
