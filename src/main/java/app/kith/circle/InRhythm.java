package app.kith.circle;

/**
 * How a circle's people keep their rhythm on a day: {@code tracked} of them have a rhythm, and
 * {@code inRhythm} of those are not overdue (due that day or later).
 */
public record InRhythm(long circleId, int tracked, int inRhythm) {
}
