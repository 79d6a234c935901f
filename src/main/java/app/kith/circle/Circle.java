package app.kith.circle;

import org.jspecify.annotations.NonNull;

/** A named group of people with a default rhythm (null: members are not tracked through it). */
public record Circle(long id, @NonNull String name, Integer rhythmDays, int members) {
}
