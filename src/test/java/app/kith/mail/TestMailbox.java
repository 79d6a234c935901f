package app.kith.mail;

import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Properties;

/**
 * A real IMAP server (GreenMail) holding generated mail for me@example.com: every tenth message a
 * newsletter, one from a no-reply sender, one from a stranger, three from Ada, two from Grace with
 * Ada in copy, and in the Sent folder one to Ada and Grace, one to a stranger. So every ten
 * messages give seven touchpoints: Ada 3 in and 1 out, Grace 2 in and 1 out.
 */
public final class TestMailbox implements AutoCloseable {

    public static final String USER = "me@example.com";
    public static final String LOGIN = "me";
    public static final String PASSWORD = "app-password-123";
    static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);

    final GreenMail server;
    public final int port;
    final GreenMailUser user;
    private final Session session = Session.getInstance(new Properties());

    public TestMailbox() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        server.start();
        user = server.setUser(USER, LOGIN, PASSWORD);
    }

    MailboxSettings settings() {
        return new MailboxSettings("127.0.0.1", port, false, LOGIN, PASSWORD);
    }

    ImapHostManager imap() {
        return server.getManagers().getImapHostManager();
    }

    MailFolder sent() throws Exception {
        MailFolder sent = imap().getFolder(user, "Sent");
        return sent != null ? sent : imap().createMailbox(user, "Sent");
    }

    /** Messages {@code from} to {@code to} (exclusive) of the pattern, each in its folder. */
    public void fill(int from, int to) throws Exception {
        MailFolder inbox = imap().getInbox(user);
        MailFolder sent = sent();
        for (int i = from; i < to; i++) {
            int kind = i % 10;
            (kind >= 8 ? sent : inbox).store(message(i));
        }
    }

    /** Only the Sent folder's messages of the pattern, into the folder as it is now. */
    void fillSent(int from, int to) throws Exception {
        MailFolder sent = sent();
        for (int i = from; i < to; i++) {
            if (i % 10 >= 8) {
                sent.store(message(i));
            }
        }
    }

    MimeMessage message(int i) throws Exception {
        MimeMessage m = new MimeMessage(session);
        int kind = i % 10;
        String stranger = "stranger" + (i % 7) + "@elsewhere.example";
        switch (kind) {
            case 0 -> {
                m.setFrom(new InternetAddress("news@shop.example", "Shop news"));
                m.setHeader("List-Unsubscribe", "<mailto:unsubscribe@shop.example>");
            }
            case 1 -> m.setFrom(new InternetAddress("no-reply@service.example"));
            case 2 -> m.setFrom(new InternetAddress(stranger, "Stranger " + (i % 7)));
            case 3, 4, 5 -> m.setFrom(new InternetAddress("ada@example.com", "Ada Lovelace"));
            case 6, 7 -> {
                m.setFrom(new InternetAddress("grace@example.com", "Grace Hopper"));
                m.setRecipient(Message.RecipientType.CC, new InternetAddress("ada@example.com"));
            }
            case 8 -> {
                m.setFrom(new InternetAddress(USER));
                m.setRecipients(Message.RecipientType.TO, "Ada <ada@example.com>");
                m.setRecipients(Message.RecipientType.CC, "grace@example.com, Ada again <ADA@Example.com>");
            }
            default -> {
                m.setFrom(new InternetAddress(USER));
                m.setRecipients(Message.RecipientType.TO, stranger + ", ignored@spam.example");
            }
        }
        if (kind < 8) {
            m.setRecipients(Message.RecipientType.TO, USER);
        }
        m.setSubject("Private subject " + i);
        m.setText("Private body " + i);
        m.setSentDate(Date.from(FIRST_DAY.plusDays(i % 400).atTime(12, 0).toInstant(ZoneOffset.UTC)));
        m.saveChanges();
        m.setHeader("Message-ID", "<m" + i + "@generated.example>");
        return m;
    }

    /**
     * The same messages as an mbox file (mboxrd: body lines starting "From " are quoted), as
     * Google Takeout writes it: the Sent ones labelled Sent.
     */
    public static void writeMbox(Path file, int from, int to) throws Exception {
        TestMailbox none = new TestMailbox(false);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            for (int i = from; i < to; i++) {
                MimeMessage m = none.message(i);
                if (i % 10 >= 8) {
                    m.setHeader("X-Gmail-Labels", "Sent,Opened");
                }
                m.setText("Hello\n\nFrom the desk of someone " + i + "\nbye");
                m.saveChanges();
                m.setHeader("Message-ID", "<m" + i + "@generated.example>");
                ByteArrayOutputStream one = new ByteArrayOutputStream();
                m.writeTo(one);
                String text = one.toString(StandardCharsets.ISO_8859_1).replace("\r\n", "\n")
                        .replaceAll("(?m)^(>*From )", ">$1");
                out.write(("From MAILER-DAEMON Thu Jan  1 00:00:00 2025\n" + text + "\n\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
            }
        }
    }

    private TestMailbox(boolean serve) {
        port = 0;
        server = null;
        user = null;
    }

    @Override
    public void close() {
        server.stop();
    }
}
