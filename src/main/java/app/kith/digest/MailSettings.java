package app.kith.digest;

/**
 * How Kith reaches its mail server ({@code kith.mail.*}): {@code starttls} upgrades a plain
 * connection (port 587), {@code tls} speaks TLS from the start (port 465). No host: Kith sends no
 * mail, and the morning email cannot be turned on. {@code trust} names the hosts whose certificate
 * is accepted without a certificate authority (a relay on the local network with a certificate of
 * its own); null: only certificates the JVM trusts.
 */
public record MailSettings(String host, int port, boolean starttls, boolean tls, String user, String password,
                           String from, String trust) {

    public static final MailSettings NONE = new MailSettings(null, 25, false, false, null, null, null, null);

    public MailSettings(String host, int port, boolean starttls, boolean tls, String user, String password, String from) {
        this(host, port, starttls, tls, user, password, from, null);
    }

    public boolean configured() {
        return host != null && !host.isBlank();
    }

    /** The sender: {@code from} as set, else Kith at the mail host. */
    public String sender() {
        return from != null && !from.isBlank() ? from : "Kith <kith@" + (configured() ? host : "localhost") + ">";
    }
}
