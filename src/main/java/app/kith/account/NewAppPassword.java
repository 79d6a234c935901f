package app.kith.account;

/**
 * An app password just made: the only moment the password is known. {@code userName} is what the
 * phone asks for beside it (the account's email).
 */
public record NewAppPassword(AppPassword appPassword, String password, String userName) {
}
