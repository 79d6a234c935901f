package app.kith.digest;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Properties;

/**
 * Jakarta Mail, set up from {@link MailSettings}, in two steps so a caller can tell "never reached
 * the server" (nothing left this machine) from "handing the message over" (it may have arrived).
 */
final class Mailer {

    static final int TIMEOUT_MS = 30_000;

    private final MailSettings settings;

    Mailer(MailSettings settings) {
        this.settings = settings;
    }

    /** Connected and signed in to the mail server: nothing has been sent yet. */
    Transport connect() throws MessagingException {
        if (!settings.configured()) {
            throw new MessagingException("no mail server is set up (kith.mail.host)");
        }
        Transport transport = session().getTransport(settings.tls() ? "smtps" : "smtp");
        boolean auth = settings.user() != null && !settings.user().isBlank();
        transport.connect(settings.host(), settings.port(), auth ? settings.user() : null, auth ? settings.password() : null);
        return transport;
    }

    void send(Transport transport, DigestMail mail) throws MessagingException {
        MimeMessage message = message(mail);
        transport.sendMessage(message, message.getAllRecipients());
    }

    MimeMessage message(DigestMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", mail.messageId());
            }
        };
        message.setFrom(new InternetAddress(settings.sender()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to()));
        message.setSubject(mail.subject(), "UTF-8");
        message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.setHeader("Auto-Submitted", "auto-generated");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative", text, html);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }

    private Session session() {
        Properties p = new Properties();
        String protocol = settings.tls() ? "smtps" : "smtp";
        p.put("mail." + protocol + ".connectiontimeout", String.valueOf(TIMEOUT_MS));
        p.put("mail." + protocol + ".timeout", String.valueOf(TIMEOUT_MS));
        p.put("mail." + protocol + ".writetimeout", String.valueOf(TIMEOUT_MS));
        if (settings.starttls()) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (settings.user() != null && !settings.user().isBlank()) {
            p.put("mail." + protocol + ".auth", "true");
        }
        if (settings.trust() != null && !settings.trust().isBlank()) {
            p.put("mail." + protocol + ".ssl.trust", settings.trust().strip());
        }
        // A certificate signed by an authority must name the host Kith connects to; one trusted by
        // the host's name (kith.mail.trust) is taken as it is, since such certificates rarely name it.
        p.put("mail." + protocol + ".ssl.checkserveridentity", String.valueOf(settings.trust() == null
                || settings.trust().isBlank()));
        return Session.getInstance(p);
    }

    /** An error in words: what the server or the network said, without the Java class names. */
    static String inWords(Exception e) {
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
}
