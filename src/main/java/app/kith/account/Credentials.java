package app.kith.account;

/** What signing in checks a password against; never leaves this package. */
record Credentials(long accountId, String email, String passwordHash, int signInVersion) {

    SignIn signIn() {
        return new SignIn(accountId, email, signInVersion);
    }
}
