package app.kith.web.settings;

/** Settings' line about two-factor sign-in: on or off, and the recovery codes left when on. */
public record TwoFactorSection(boolean on, int recoveryCodesLeft) {
}
