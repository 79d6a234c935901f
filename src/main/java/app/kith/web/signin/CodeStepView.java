package app.kith.web.signin;

/** The code step of a sign-in: what it says above the form (null: nothing), and whether that is an error. */
public record CodeStepView(String message, boolean error) {
}
