package app.kith.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Why a person matched: for each field, best first, the words of it that match a searched word. */
final class Reasons {

    private static final int WORDS_PER_FIELD = 5;
    /** Fields whose words a typed word may begin: those a person is known by at a glance. */
    private static final Set<Field> AT_A_GLANCE = Set.of(Field.NAME, Field.TOPICS, Field.ROLE, Field.COMPANY,
            Field.LOCATION);

    private Reasons() {
    }

    static List<WhoResult.Match> of(Map<Field, String> texts, List<String> searched) {
        return of(texts, searched, List.of(), false);
    }

    /**
     * The same, where a word also matches when a typed word begins it (in what someone is known
     * by at a glance: {@code beginnings}), and with {@code typos} a name's word a searched word
     * is a typo of.
     */
    static List<WhoResult.Match> of(Map<Field, String> texts, List<String> searched, List<String> beginnings,
                                    boolean typos) {
        List<WhoResult.Match> matches = new ArrayList<>();
        for (Field field : Field.values()) {
            String text = texts.get(field);
            if (text == null || text.isEmpty()) {
                continue;
            }
            List<String> words = new ArrayList<>();
            for (String word : Terms.words(text, false)) {
                if (words.size() < WORDS_PER_FIELD && (searched.stream().anyMatch(s -> Terms.sameStem(s, word))
                        || AT_A_GLANCE.contains(field) && beginnings.stream().anyMatch(word::startsWith)
                        || typos && field == Field.NAME && searched.stream().anyMatch(s -> Names.closeness(List.of(s), word) > 0))) {
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
