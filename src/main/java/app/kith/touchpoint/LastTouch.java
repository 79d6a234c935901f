package app.kith.touchpoint;

/**
 * A person's name with their last touchpoint before a day, read together for what Today shows of
 * them; {@code touchpoint} is null when there is none.
 */
public record LastTouch(String name, Touchpoint touchpoint) {
}
