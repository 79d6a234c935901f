package app.kith.account;

/** What signing in checks a password against; never leaves the server. */
public record Credentials(long accountId, String email, String passwordHash) {
}
