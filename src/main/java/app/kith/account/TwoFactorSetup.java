package app.kith.account;

/**
 * A two-factor setup to confirm: the secret in Base32, to type into an authenticator app, and the
 * {@code otpauth://} address that a QR code carries, which names Kith and the account's email.
 */
public record TwoFactorSetup(String secret, String uri) {
}
