package app.kith.web;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text with the places a search found marked, as parts for a template to write one by one
 * ({@code marked.jte}): each part is escaped like any text and a marked one is wrapped in
 * {@code <mark>}, so a name or a query with markup in it stays text. {@code label} says which
 * field it is ("topics"), or is null where the page already shows it.
 */
public record Marked(String label, List<Part> parts) {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** A piece of the text, marked where it is what was searched for. */
    public record Part(String text, boolean marked) {
    }

    static Marked plain(String text) {
        return new Marked(null, text.isEmpty() ? List.of() : List.of(new Part(text, false)));
    }

    /** {@code text} with every occurrence of {@code query} marked, ignoring case; a blank query marks nothing. */
    static Marked of(String label, String text, String query) {
        String q = query == null ? "" : query.strip();
        List<Part> parts = new ArrayList<>();
        int from = 0;
        for (int start = q.isEmpty() ? -1 : find(text, q, 0); start >= 0; start = find(text, q, from)) {
            if (start > from) {
                parts.add(new Part(text.substring(from, start), false));
            }
            parts.add(new Part(text.substring(start, start + q.length()), true));
            from = start + q.length();
        }
        if (from < text.length()) {
            parts.add(new Part(text.substring(from), false));
        }
        return new Marked(label, List.copyOf(parts));
    }

    /**
     * {@code text} with each whole word marked that is one of {@code words}, as the who-knows
     * search names them: lower case, without accents ("muller" marks "Müller"); words next to each
     * other are one mark ("Data Engineering").
     */
    public static Marked words(String label, String text, Collection<String> words) {
        List<Part> parts = new ArrayList<>();
        int from = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (words.contains(fold(m.group()))) {
                String gap = text.substring(from, m.start());
                if (!parts.isEmpty() && parts.get(parts.size() - 1).marked() && gap.isBlank()) {
                    Part last = parts.remove(parts.size() - 1);
                    parts.add(new Part(last.text() + gap + m.group(), true));
                } else {
                    if (!gap.isEmpty()) {
                        parts.add(new Part(gap, false));
                    }
                    parts.add(new Part(m.group(), true));
                }
                from = m.end();
            }
        }
        if (from < text.length()) {
            parts.add(new Part(text.substring(from), false));
        }
        return new Marked(label, List.copyOf(parts));
    }

    /** Lower case without accents, as the who-knows index reads a word. */
    public static String fold(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    static boolean contains(String text, String query) {
        return text != null && query != null && !query.isBlank() && find(text, query.strip(), 0) >= 0;
    }

    boolean isMarked() {
        return parts.stream().anyMatch(Part::marked);
    }

    /** These parts, then {@code other}'s, as one text. */
    Marked then(Marked other) {
        List<Part> all = new ArrayList<>(parts);
        all.addAll(other.parts);
        return new Marked(label, List.copyOf(all));
    }

    /**
     * Where the query starts in the text, ignoring case as the search does: compared char by char
     * (lower-casing the whole text may change its length), so the places are those of the text
     * as written.
     */
    private static int find(String text, String query, int from) {
        for (int i = from; i + query.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, query, 0, query.length())) {
                return i;
            }
        }
        return -1;
    }
}
