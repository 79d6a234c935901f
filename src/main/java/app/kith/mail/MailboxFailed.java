package app.kith.mail;

/** The mail server could not be read (unreachable, refused the login, dropped the connection); said in words. */
public class MailboxFailed extends RuntimeException {

    public MailboxFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
