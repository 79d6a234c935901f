package app.kith.person;

/**
 * What a bulk change did: how many people it was for, and how many of them it changed (someone
 * already in the circle, or already awesome, is not changed). A delete gives the {@code batch} that
 * {@link BulkEdits#restore} takes to bring them all back; null otherwise.
 */
public record BulkResult(int selected, int changed, Long batch) {
}
