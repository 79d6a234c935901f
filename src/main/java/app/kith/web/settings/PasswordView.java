package app.kith.web.settings;

import java.util.Map;

/** The password form: what is wrong, by field (passwords never come back), or that it was changed. */
public record PasswordView(Map<String, String> errors, boolean changed) {
}
