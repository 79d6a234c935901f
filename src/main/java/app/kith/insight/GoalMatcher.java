package app.kith.insight;

import java.util.List;
import java.util.Map;

/**
 * Whether a person's profile fits a goal ("looking for work in data engineering"). A seam: the
 * plain word match is meant to give way to the full-text engine of the search feature.
 */
interface GoalMatcher {

    /**
     * The fit of a profile ({@code fields}: a field's name, "topics" or "role", to its text) to
     * the goal: the goal's words found and where, nothing matched when it does not fit.
     */
    Fit fit(String goal, Map<String, String> fields);

    record Fit(List<String> words, List<String> fields) {

        boolean matched() {
            return !words.isEmpty();
        }
    }
}
