package app.kith.web;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A person's picture beside their name ({@code avatar.jte}): their photo when Kith has one, else
 * their initials on a colour of their own, one of {@link #TONES} chosen by their id so it stays
 * the same everywhere (each tone keeps AA contrast in light and dark, see kith.css). The name
 * is always written next to it, so the picture itself says nothing to a screen reader.
 */
public record Avatar(long personId, String initials, int tone, boolean photo) {

    public static final int TONES = 8;

    public static Avatar of(long personId, String name, boolean photo) {
        return new Avatar(personId, initials(name), Math.floorMod(personId * 5, TONES), photo);
    }

    public String photoUrl() {
        return "/people/" + personId + "/photo";
    }

    /** "AL" for Ada Lovelace, "P" for Prince, "?" for a name with no letter in it. */
    static String initials(String name) {
        List<String> words = Arrays.stream(Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC)
                .split("[\\s\\-]+")).filter(w -> w.codePoints().anyMatch(Character::isLetter)).toList();
        if (words.isEmpty()) {
            return "?";
        }
        String first = firstLetter(words.get(0));
        return words.size() == 1 ? first : first + firstLetter(words.get(words.size() - 1));
    }

    private static String firstLetter(String word) {
        int letter = word.codePoints().filter(Character::isLetter).findFirst().orElse('?');
        return new String(Character.toChars(letter)).toUpperCase(Locale.ROOT);
    }
}
