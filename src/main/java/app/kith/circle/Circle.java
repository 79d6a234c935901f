package app.kith.circle;

/** A named group of people with a default rhythm (null: members are not tracked through it). */
public record Circle(long id, String name, Integer rhythmDays, int members) {
}
