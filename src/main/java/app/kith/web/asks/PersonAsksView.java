package app.kith.web.asks;

import java.util.List;
import java.util.Map;

/**
 * The asks section of a person's page: their asks, what became of them overall, and the form to
 * record a new one (as typed, with a refusal next to its field; dated today at the latest).
 */
public record PersonAsksView(long personId, String firstName, List<AskRow> rows, String summary, String text,
                             String on, String today, Map<String, String> errors, String notice) {
}
