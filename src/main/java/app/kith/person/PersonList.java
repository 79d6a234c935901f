package app.kith.person;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The lists a person has, each in a table of its own. Topics and needs also keep a lower-cased
 * key, so that what one person is looking for finds who knows about it regardless of case; a
 * phone keeps its identity key ({@link IdentityKeys#phone}, null when too short), so that an
 * import finds who has it without reading everyone's. An email is stored lower-cased: it is its
 * own key.
 */
enum PersonList {
    EMAILS("person_email", "email", null, null),
    PHONES("person_phone", "phone", "phone_key", IdentityKeys::phone),
    TOPICS("person_topic", "topic", "topic_key", PersonList::lowerCase),
    NEEDS("person_need", "need", "need_key", PersonList::lowerCase);

    final String table;
    final String column;
    final String keyColumn;
    private final UnaryOperator<String> key;

    PersonList(String table, String column, String keyColumn, UnaryOperator<String> key) {
        this.table = table;
        this.column = column;
        this.keyColumn = keyColumn;
        this.key = key;
    }

    /** What {@link #keyColumn} holds for a value. */
    String key(String value) {
        return key.apply(value);
    }

    private static String lowerCase(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }
}
