package app.kith.message;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence about someone, said to them: in a message to Sam, "Priya knows about data
 * engineering, which Sam is looking for" becomes "… which you are looking for", and to Priya
 * "You know about data engineering, which Sam is looking for". Their full name or first name
 * becomes "you", the verb after it agreeing (is → are, has → have, knows → know), or before 's
 * "your". The rest of the sentence is left as written.
 */
final class SecondPerson {

    private static final Map<String, String> IRREGULAR = Map.of("is", "are", "was", "were", "has", "have",
            "does", "do", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "doesn't", "don't");
    /** Words after a name that end in s and are no verb of theirs. */
    private static final Set<String> NOT_VERBS = Set.of("this", "thus", "always", "perhaps", "sometimes", "besides",
            "towards", "afterwards", "nevertheless", "nonetheless", "whereas", "across", "unless", "less", "yours",
            "ours", "hers", "theirs", "various", "thanks", "news", "series", "plus", "yes");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s(?![\\p{L}\\p{N}])");
    private static final Pattern NEXT_WORD = Pattern.compile("(\\s+)(\\p{Ll}+n't|\\p{Ll}+)(?![\\p{L}\\p{N}'’])");

    private SecondPerson() {
    }

    /** {@code text} said to the person called {@code name}; the text itself when the name is not in it. */
    static String to(String text, String name) {
        if (text == null || name == null || name.isBlank()) {
            return text;
        }
        String full = name.strip().replaceAll("\\s+", " ");
        String first = Renderer.firstName(full);
        String said = replace(text, full);
        return first.equals(full) ? said : replace(said, first);
    }

    private static String replace(String text, String name) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])").matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start());
            last = m.end();
            Matcher possessive = POSSESSIVE.matcher(text).region(m.end(), text.length());
            Matcher next = NEXT_WORD.matcher(text).region(m.end(), text.length());
            if (possessive.lookingAt()) {
                out.append(word(text, m.start(), "your"));
                last = possessive.end();
            } else if (next.lookingAt() && agreeing(next.group(2)) != null) {
                out.append(word(text, m.start(), "you")).append(next.group(1)).append(agreeing(next.group(2)));
                last = next.end();
            } else {
                out.append(word(text, m.start(), "you"));
            }
        }
        return out.append(text.substring(last)).toString();
    }

    /** The verb as it goes with "you", or null when the word is no verb agreeing with the name. */
    private static String agreeing(String word) {
        if (IRREGULAR.containsKey(word)) {
            return IRREGULAR.get(word);
        }
        if (word.length() < 4 || !word.endsWith("s") || word.endsWith("ss") || word.endsWith("us")
                || NOT_VERBS.contains(word)) {
            return null;
        }
        if (word.matches(".*[^aeiou]ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.matches(".*(ch|sh|x|z|o)es")) {
            return word.substring(0, word.length() - 2);
        }
        return word.substring(0, word.length() - 1);
    }

    /** "You" where a sentence starts, else "you". */
    private static String word(String text, int at, String word) {
        String before = text.substring(0, at).stripTrailing();
        boolean starts = before.isEmpty() || before.endsWith(".") || before.endsWith("!") || before.endsWith("?");
        return starts ? word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1) : word;
    }
}
