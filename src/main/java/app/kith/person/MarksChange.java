package app.kith.person;

/**
 * A skip or a snooze as it changed a person's marks: what was there before, and what it wrote,
 * so that {@link People#unmark} can put the first back while the second still stands.
 */
public record MarksChange(long personId, Marks before, Marks after) {
}
