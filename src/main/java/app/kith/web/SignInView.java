package app.kith.web;

/** What the sign-in page says above the form, and the email typed before a failed attempt. */
public record SignInView(String email, String message, boolean error) {
}
