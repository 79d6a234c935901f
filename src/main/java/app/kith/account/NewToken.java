package app.kith.account;

/** A token just made: the only moment its secret is known. */
public record NewToken(ApiToken token, String secret) {
}
