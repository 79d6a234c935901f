package app.kith.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Why a person matched: for each field, best first, the words of it that match a searched word. */
final class Reasons {

    private static final int WORDS_PER_FIELD = 5;

    private Reasons() {
    }

    static List<WhoResult.Match> of(Map<Field, String> texts, List<String> searched) {
        List<WhoResult.Match> matches = new ArrayList<>();
        for (Field field : Field.values()) {
            String text = texts.get(field);
            if (text == null || text.isEmpty()) {
                continue;
            }
            List<String> words = new ArrayList<>();
            for (String word : Terms.words(text, false)) {
                if (words.size() < WORDS_PER_FIELD && searched.stream().anyMatch(s -> Terms.sameStem(s, word))) {
                    words.add(word);
                }
            }
            if (!words.isEmpty()) {
                matches.add(new WhoResult.Match(field.label, words));
            }
        }
        return matches;
    }
}
