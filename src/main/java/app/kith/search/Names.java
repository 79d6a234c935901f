package app.kith.search;

import java.util.List;

/**
 * Typo-tolerant name matching, in Java over the account's names: every word typed is within a
 * small edit distance of one of the name's words ("Priya Ramen" is Priya Raman).
 */
final class Names {

    private Names() {
    }

    /** How close the name is to the words, 0 (not a match) to 1 (the same words). */
    static double closeness(List<String> typed, String name) {
        if (typed.isEmpty() || typed.size() > 4) {
            return 0;
        }
        List<String> nameWords = Terms.words(name, false);
        double total = 0;
        for (String word : typed) {
            double best = 0;
            for (String candidate : nameWords) {
                int distance = distance(word, candidate);
                int allowed = allowed(word);
                if (distance <= allowed) {
                    best = Math.max(best, 1.0 - (double) distance / Math.max(word.length(), candidate.length()));
                }
            }
            if (best == 0) {
                return 0;
            }
            total += best;
        }
        return total / typed.size();
    }

    /** The edit distance a typed word may be from a name's word: none under 4 letters, 2 from 8. */
    static int allowed(String word) {
        return word.length() < 4 ? 0 : word.length() < 8 ? 1 : 2;
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
