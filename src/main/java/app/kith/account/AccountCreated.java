package app.kith.account;

/** What {@code account create} did: gave the owner its sign-in, or added another account. */
public record AccountCreated(Account account, boolean wasOwnerSignIn) {
}
