package app.kith.dav;

/** A card put: whether it made a new person, and the card as Kith now serves it. */
public record Written(boolean created, Card card) {
}
