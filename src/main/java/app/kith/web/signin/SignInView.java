package app.kith.web.signin;

/**
 * What the sign-in page says above the form, the email typed before a failed attempt, and the page
 * to go back to once signed in (a local path, or null for Today or the page remembered); whether
 * anyone may sign up here (a link to the sign-up page).
 */
public record SignInView(String email, String message, boolean error, String continueTo, boolean signUpOpen) {
}
