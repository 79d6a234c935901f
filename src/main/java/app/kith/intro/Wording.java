package app.kith.intro;

import java.util.List;

/** How introductions are put in words: first names, day counts, lists. */
final class Wording {

    private Wording() {
    }

    /** "Sam" of "Sam Okafor"; a one-word name stays whole. */
    static String firstName(String name) {
        String trimmed = name.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }

    static String days(int n) {
        return n == 1 ? "1 day" : n + " days";
    }

    /** "a", "a and b", "a, b and c". */
    static String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
