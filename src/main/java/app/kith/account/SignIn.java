package app.kith.account;

/**
 * An account that can sign in, as a web session remembers it. {@code version} goes up whenever
 * the password changes: a session that signed in with an older one has ended.
 */
public record SignIn(long accountId, String email, int version) {
}
