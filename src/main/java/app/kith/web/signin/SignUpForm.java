package app.kith.web.signin;

import java.util.Map;

/**
 * The sign-up page: the email as typed, the invitation it came with (null for open sign-up),
 * what is wrong by field, and {@code refusal} when there is no form to show (a used invitation).
 */
public record SignUpForm(String email, String invitation, Map<String, String> errors, String refusal) {
}
