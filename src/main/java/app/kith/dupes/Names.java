package app.kith.dupes;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How names are compared: lower-cased, accents and punctuation dropped, so "Zoë O'Neil" and
 * "zoe o neil" are one name. Two names are close when one is a typo or a shortening of the other.
 */
final class Names {

    private Names() {
    }

    /** The words of a name or a company, normalised; empty for none. */
    static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return plain.isEmpty() ? List.of() : Arrays.asList(plain.split(" "));
    }

    static String key(String text) {
        return String.join(" ", words(text));
    }

    /**
     * Close, for two different names of at least two words: the same last word and first names one
     * edit apart (when one has four letters or more: "Rin" and "Ren" are two names) or one a prefix
     * (an initial) of the other ("Jon Smith", "J. Smith", "John Smith"); or the same first names and
     * one last word an initial of the other ("Ada L.", "Ada Lovelace") or a typo of a long one
     * ("Bartholomew Higins").
     */
    static boolean close(List<String> a, List<String> b) {
        if (a.size() < 2 || b.size() < 2 || a.equals(b)) {
            return false;
        }
        String firstA = String.join(" ", a.subList(0, a.size() - 1));
        String firstB = String.join(" ", b.subList(0, b.size() - 1));
        String lastA = a.get(a.size() - 1);
        String lastB = b.get(b.size() - 1);
        if (lastA.equals(lastB)) {
            return prefix(firstA, firstB)
                    || Math.max(firstA.length(), firstB.length()) >= 4 && distance(firstA, firstB, 1) <= 1;
        }
        if (!firstA.equals(firstB)) {
            return false;
        }
        if (prefix(lastA, lastB)) {
            return true;
        }
        // A typo in a long last name: one edit from six letters on, two from ten ("Jang" and "Jung",
        // "Yıldız" and "Yılmaz" are other families).
        int shorter = Math.min(lastA.length(), lastB.length());
        int edits = shorter >= 10 ? 2 : shorter >= 6 ? 1 : 0;
        return edits > 0 && distance(lastA, lastB, edits) <= edits;
    }

    private static boolean prefix(String a, String b) {
        return a.startsWith(b) || b.startsWith(a);
    }

    /** Levenshtein distance, or {@code max + 1} as soon as it is known to exceed {@code max}. */
    static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
