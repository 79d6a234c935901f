package app.kith.touchpoint;

/** How many of a person's touchpoints in a span they started ({@code in}), you started ({@code out}) and shared. */
public record DirectionCounts(int in, int out, int mutual) {
}
