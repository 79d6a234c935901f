package app.kith.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a user typed, read as words and quoted phrases. Only letters and digits survive, so no
 * operator, quote or column filter the user types ever reaches the database's query syntax;
 * an unbalanced quote is read as plain words.
 */
record Terms(List<String> words, List<List<String>> phrases) {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern PHRASE = Pattern.compile("\"([^\"]*)\"");
    private static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "for", "from",
            "in", "is", "it", "of", "on", "or", "the", "to", "with", "who", "knows", "know", "someone", "about");

    static Terms parse(String text) {
        List<List<String>> phrases = new ArrayList<>();
        Matcher quoted = PHRASE.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (quoted.find()) {
            List<String> phrase = words(quoted.group(1), false);
            if (phrase.size() == 1) {
                rest.append(' ').append(phrase.get(0));
            } else if (!phrase.isEmpty()) {
                phrases.add(phrase);
            }
            quoted.appendReplacement(rest, " ");
        }
        quoted.appendTail(rest);
        return new Terms(words(rest.toString(), true), phrases);
    }

    boolean isEmpty() {
        return words.isEmpty() && phrases.isEmpty();
    }

    /** Every word, the phrases' too: what the reasons are looked for with. */
    List<String> allWords() {
        List<String> all = new ArrayList<>(words);
        phrases.forEach(all::addAll);
        return all;
    }

    static List<String> words(String text, boolean dropStopWords) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(fold(text));
        while (m.find()) {
            String w = m.group();
            if (!(dropStopWords && STOP.contains(w)) && !words.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    /** Lower case without accents: "Müller" and "muller" are the same word, as in the index. */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    /**
     * A rough stem, only to point at the words that matched (the databases do the real stemming):
     * "accountant" and "accounting" both give "account".
     */
    static String stem(String word) {
        for (String suffix : SUFFIXES) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= 3) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }

    static boolean sameStem(String a, String b) {
        String x = stem(a);
        String y = stem(b);
        return x.equals(y) || (Math.min(x.length(), y.length()) >= 4 && (x.startsWith(y) || y.startsWith(x)));
    }

    private static final List<String> SUFFIXES = List.of("ations", "ation", "ments", "ment", "ings", "ing", "ants",
            "ant", "ents", "ent", "ers", "er", "ors", "or", "ies", "es", "ed", "ly", "s", "y", "e");
}
