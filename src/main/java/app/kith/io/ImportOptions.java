package app.kith.io;

/** How to import: the circle the people it creates join (null: none, so they do not all fall due at once). */
public record ImportOptions(String circle) {
}
