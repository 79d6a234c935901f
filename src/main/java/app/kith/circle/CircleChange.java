package app.kith.circle;

/** An edit to a circle: only the parts that are set change. */
public record CircleChange(String name, Integer rhythmDays, boolean clearRhythm) {
}
