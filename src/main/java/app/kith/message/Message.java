package app.kith.message;

/**
 * A rendered message starter: plain text, never sent by Kith. Showing it is the output's job: a
 * page escapes it as HTML; the {@code mailto:} link is already percent-encoded.
 */
public record Message(String templateKey, String subject, String body, String mailto) {
}
