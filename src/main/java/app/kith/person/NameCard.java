package app.kith.person;

/**
 * A living person as words only, name and company as typed: enough to compare everyone of an
 * account with everyone else (likely duplicates) without loading whole people.
 */
public record NameCard(long id, String name, String company) {
}
