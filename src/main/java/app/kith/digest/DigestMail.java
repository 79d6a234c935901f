package app.kith.digest;

import java.time.LocalDate;

/**
 * One morning email, ready to send: its subject, its plain-text and HTML parts, the address it
 * goes to, the one-click unsubscribe link, and a Message-ID of its own per account and day, so a
 * mail client shows a digest sent twice by accident only once.
 */
public record DigestMail(String to, LocalDate day, String subject, String text, String html, String unsubscribeUrl,
                         String messageId) {
}
