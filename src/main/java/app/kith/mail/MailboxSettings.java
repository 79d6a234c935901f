package app.kith.mail;

/** A mailbox to connect, as typed: IMAP host and port, TLS from the start (port 993) or not, user, app password. */
public record MailboxSettings(String host, Integer port, Boolean tls, String user, String password) {
}
