package app.kith.intro;

/**
 * How an account's introductions went, as a funnel: every one {@code proposed}, those
 * {@code declined} by a side, those {@code introduced} (outcomes included), and the outcomes.
 */
public record IntroCounts(int proposed, int declined, int introduced, int met, int noReply, int notAFit) {
}
