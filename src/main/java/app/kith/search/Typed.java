package app.kith.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What is typed into a search box or a person field, read as the beginnings of words: "Pri" is
 * the beginning of Priya, "data eng" of "Data Engineer", "navy" of grace@navy.example. Words are
 * split at spaces and at {@link #SEPARATORS}, on both sides; any other character (a %, an
 * apostrophe) is part of the word and means itself. Lower-cased, not folded, as
 * {@code person.search_text} and {@code name_key} are.
 */
record Typed(List<String> words) {

    /** More words than this are not looked up as beginnings: a sentence is for the full text. */
    static final int MAX_WORDS = 8;
    /** What splits words besides spaces: hyphens, and the parts of emails and handles. */
    static final String SEPARATORS = "-@._/";

    static Typed parse(String text) {
        List<String> words = new ArrayList<>();
        for (String w : spaced(text).strip().split("\\s+")) {
            if (!w.isEmpty() && !words.contains(w) && words.size() < MAX_WORDS) {
                words.add(w);
            }
        }
        return new Typed(words);
    }

    /** Lower case, with each of the {@link #SEPARATORS} a space. */
    static String spaced(String text) {
        String spaced = text.toLowerCase(Locale.ROOT);
        for (char c : SEPARATORS.toCharArray()) {
            spaced = spaced.replace(c, ' ');
        }
        return spaced;
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** The words folded as the index folds them, to tell which words of a field each begins. */
    List<String> folded() {
        return words.stream().map(Terms::fold).toList();
    }

    /**
     * SQL that is true when every word begins a word of {@code column}, lower-cased text with its
     * words apart ({@link #spaced}); parameters {@code :<prefix>0…}. {@code spaced}: split the
     * column's words in SQL first, for a column not written that way.
     */
    String condition(String column, String prefix, boolean spaced) {
        if (spaced) {
            for (char c : SEPARATORS.toCharArray()) {
                column = "replace(" + column + ", '" + c + "', ' ')";
            }
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            parts.add("(' ' || " + column + ") LIKE :" + prefix + i + " ESCAPE '\\'");
        }
        return "(" + String.join(" AND ", parts) + ")";
    }

    /** The LIKE pattern of each word: after a space, then anything. */
    String pattern(int i) {
        return "% " + words.get(i).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
