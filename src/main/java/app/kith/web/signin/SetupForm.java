package app.kith.web.signin;

import java.util.Map;

/** The first-run form as typed, and what is wrong with it, by field. */
public record SetupForm(String email, Map<String, String> errors) {
}
