package app.kith.mail;

import app.kith.Invalid;
import jakarta.mail.AuthenticationFailedException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;

/** What went wrong with a mailbox, in words a person can act on, naming the setting at fault. */
final class Failures {

    private Failures() {
    }

    /** A failed login or connection as a refusal of the setting to change. */
    static Invalid refusal(Exception e, String host, int port, boolean tls) {
        Throwable cause = root(e);
        if (e instanceof AuthenticationFailedException) {
            return new Invalid("password", "The mail server refused this user and password (" + words(e) + "). Gmail,"
                    + " Fastmail, iCloud and Outlook want an app password made for Kith, not your usual password.");
        }
        if (cause instanceof UnknownHostException) {
            return new Invalid("host", "No mail server is known by the name " + host + ".");
        }
        // An untrusted certificate is an SSLException with the certificate path's failure below it.
        SSLException ssl = find(e, SSLException.class);
        if (ssl != null) {
            boolean certificate = find(e, java.security.cert.CertificateException.class) != null;
            return new Invalid("tls", "TLS with " + host + ":" + port + " failed (" + ssl.getMessage() + ")."
                    + (certificate ? " The server's certificate is not one this machine trusts (its own, or signed"
                    + " by an authority Java does not know)."
                    : tls ? " Port 993 speaks TLS from the start; 143 does not." : ""));
        }
        if (cause instanceof ConnectException || cause instanceof SocketTimeoutException) {
            return new Invalid("port", "Nothing answered at " + host + ":" + port + " (" + cause.getMessage() + ")."
                    + " IMAP is port 993 with TLS, 143 without.");
        }
        return new Invalid("host", "Cannot connect to " + host + ":" + port + ": " + words(e));
    }

    static String words(Throwable e) {
        Throwable t = e;
        StringBuilder words = new StringBuilder();
        while (t != null && words.length() < 400) {
            String m = t.getMessage();
            if (m != null && !m.isBlank() && words.indexOf(m.strip()) < 0) {
                words.append(words.isEmpty() ? "" : ": ").append(m.strip());
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        String said = words.isEmpty() ? e.getClass().getSimpleName() : words.toString();
        return said.length() > 400 ? said.substring(0, 400) + "…" : said;
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> kind) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t)) {
                return kind.cast(t);
            }
        }
        return null;
    }

    private static Throwable root(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
