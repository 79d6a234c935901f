package app.kith.web.signin;

import java.util.Locale;

/**
 * Who may make an account on this server ({@code kith.signup}, {@code KITH_SIGNUP}, {@code kith
 * serve --signup}): whoever an admin invited (a link from the admin page or {@code kith admin
 * invite}), anyone from the sign-in page, or nobody but the command line.
 */
public enum SignUpMode {
    INVITATION, OPEN, CLOSED;

    public static SignUpMode parse(String value) {
        String mode = value == null || value.isBlank() ? "invitation" : value.strip().toLowerCase(Locale.ROOT);
        return switch (mode) {
            case "invitation" -> INVITATION;
            case "open" -> OPEN;
            case "closed" -> CLOSED;
            default -> throw new IllegalArgumentException(
                    "kith.signup must be invitation, open or closed, not \"" + value + "\"");
        };
    }
}
