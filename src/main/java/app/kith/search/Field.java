package app.kith.search;

/**
 * The fields of a person's document, best first: what they know and do, then where they are,
 * then what you wrote about them, then passing mentions in touchpoints, asks and introductions.
 * {@code weight} is the SQLite bm25 weight; PostgreSQL groups the same fields as A, B, C, D.
 */
enum Field {
    NAME("name", "name", 10),
    TOPICS("topics", "topics", 10),
    ROLE("role", "role", 10),
    NEEDS("needs", "looking for", 8),
    COMPANY("company", "company", 5),
    LOCATION("location", "location", 5),
    MET("met", "how we met", 2),
    NOTES("notes", "notes", 2),
    TOUCHPOINTS("touchpoints", "touchpoints", 1),
    ASKS("asks", "asks", 1),
    INTROS("intros", "introductions", 1);

    final String column;
    final String label;
    final int weight;

    Field(String column, String label, int weight) {
        this.column = column;
        this.label = label;
        this.weight = weight;
    }
}
