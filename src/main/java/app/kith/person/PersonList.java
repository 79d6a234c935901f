package app.kith.person;

import java.util.Locale;

/**
 * The lists a person has, each in a table of its own. Topics and needs also keep a lower-cased
 * key, so that what one person is looking for finds who knows about it regardless of case.
 */
enum PersonList {
    EMAILS("person_email", "email", null),
    PHONES("person_phone", "phone", null),
    TOPICS("person_topic", "topic", "topic_key"),
    NEEDS("person_need", "need", "need_key");

    final String table;
    final String column;
    final String keyColumn;

    PersonList(String table, String column, String keyColumn) {
        this.table = table;
        this.column = column;
        this.keyColumn = keyColumn;
    }

    static String key(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }
}
