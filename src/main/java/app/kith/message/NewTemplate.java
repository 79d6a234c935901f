package app.kith.message;

/** A template of the user's own, as typed. */
public record NewTemplate(String kind, String name, String body) {
}
