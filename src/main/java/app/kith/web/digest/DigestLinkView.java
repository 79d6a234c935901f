package app.kith.web.digest;

/**
 * A page a link from the morning email leads to: a question with one button ({@code action}: where
 * the form posts, with the link's {@code token}), or, once answered or refused, only words.
 */
public record DigestLinkView(String title, String message, String action, String token, String button, boolean refused) {
}
