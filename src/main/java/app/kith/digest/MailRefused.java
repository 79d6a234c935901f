package app.kith.digest;

import app.kith.Invalid;

/**
 * A test email the mail server did not take, with what it said in words. The request was fine and
 * the mail server was not, so the API answers it as a bad gateway; the web and the CLI, which only
 * say the words, take it as any other refusal.
 */
public class MailRefused extends Invalid {

    MailRefused(String field, String message) {
        super(field, message);
    }
}
