package app.kith.touchpoint;

/**
 * A touchpoint of a person was edited or deleted: their clock (last touch, due date) is worked
 * out again from the touchpoints they have now, since it may move back as well as forward.
 */
public record TouchpointCorrected(long accountId, long personId) {
}
