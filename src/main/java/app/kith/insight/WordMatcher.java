package app.kith.insight;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The goal's words, bar the small ones and the words of wanting ("looking for work in"), each
 * found in a field when a word of it starts with the goal word or the goal word starts with it
 * (four letters or more), so "engineering" finds "engineer" and "data" finds "database".
 */
final class WordMatcher implements GoalMatcher {

    private static final Set<String> IGNORED = Set.of("the", "and", "for", "with", "into", "from", "about", "looking",
            "look", "find", "finding", "want", "wanting", "need", "work", "job", "jobs", "some", "someone", "who",
            "what", "that", "this", "new", "get", "help", "any");

    @Override
    public Fit fit(String goal, Map<String, String> fields) {
        Set<String> found = new LinkedHashSet<>();
        Set<String> where = new LinkedHashSet<>();
        List<String> goalWords = words(goal).stream().filter(w -> w.length() >= 3 && !IGNORED.contains(w)).distinct().toList();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            List<String> text = words(field.getValue());
            for (String w : goalWords) {
                if (text.stream().anyMatch(t -> same(w, t))) {
                    found.add(w);
                    where.add(field.getKey());
                }
            }
        }
        List<String> ordered = goalWords.stream().filter(found::contains).toList();
        return new Fit(ordered, new ArrayList<>(where));
    }

    private static boolean same(String goalWord, String word) {
        if (goalWord.equals(word)) {
            return true;
        }
        if (goalWord.length() < 4 || word.length() < 4) {
            return false;
        }
        return word.startsWith(goalWord) || goalWord.startsWith(word);
    }

    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                result.add(w);
            }
        }
        return result;
    }
}
