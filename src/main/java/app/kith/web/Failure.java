package app.kith.web;

/** What an error page says. */
public record Failure(int status, String title, String message) {
}
