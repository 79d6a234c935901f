package app.kith.digest;

/**
 * How Kith reaches its mail server ({@code kith.mail.*}): {@code starttls} upgrades a plain
 * connection (port 587), {@code tls} speaks TLS from the start (port 465). No host: Kith sends no
 * mail, and the morning email cannot be turned on.
 */
public record MailSettings(String host, int port, boolean starttls, boolean tls, String user, String password,
                           String from) {

    public static final MailSettings NONE = new MailSettings(null, 25, false, false, null, null, null);

    public boolean configured() {
        return host != null && !host.isBlank();
    }

    /** The sender: {@code from} as set, else Kith at the mail host. */
    public String sender() {
        return from != null && !from.isBlank() ? from : "Kith <kith@" + (configured() ? host : "localhost") + ">";
    }
}
