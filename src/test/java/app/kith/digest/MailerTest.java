package app.kith.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The mail server's settings against GreenMail speaking TLS from the start (SMTPS, port 465's
 * protocol) with a certificate of its own and a user who must sign in.
 */
class MailerTest {

    private GreenMail smtps;
    private int port;

    @BeforeEach
    void start() throws IOException {
        port = DigestsTest.freePort();
        smtps = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS));
        smtps.setUser("kith@example.com", "kith", "s3cret-relay");
        smtps.start();
    }

    @AfterEach
    void stop() {
        smtps.stop();
    }

    private static DigestMail mail() {
        return new DigestMail("ada@example.com", LocalDate.of(2026, 3, 2), "Today: Grace", "Grace: birthday", "<p>Grace</p>",
                "https://kith.example.org/digest/unsubscribe?t=x", "<digest-1-2026-03-02@kith>");
    }

    private static void send(MailSettings settings) throws MessagingException {
        Mailer mailer = new Mailer(settings);
        try (Transport transport = mailer.connect()) {
            mailer.send(transport, mail());
        }
    }

    @Test
    void overTlsWithAUserAndPasswordTheEmailArrives() throws Exception {
        send(new MailSettings("127.0.0.1", port, false, true, "kith", "s3cret-relay", "Kith <kith@example.com>",
                "127.0.0.1"));

        MimeMessage[] received = smtps.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Today: Grace");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("ada@example.com");
    }

    @Test
    void aWrongPasswordIsRefusedAndSaidInWords() {
        assertThatThrownBy(() -> send(new MailSettings("127.0.0.1", port, false, true, "kith", "wrong",
                "Kith <kith@example.com>", "127.0.0.1")))
                .isInstanceOf(MessagingException.class)
                .satisfies(e -> assertThat(Mailer.inWords((Exception) e)).containsIgnoringCase("auth"));
        assertThat(smtps.getReceivedMessages()).isEmpty();
    }

    @Test
    void aCertificateNoAuthoritySignedIsRefusedUnlessItsHostIsTrusted() {
        assertThatThrownBy(() -> send(new MailSettings("127.0.0.1", port, false, true, "kith", "s3cret-relay",
                "Kith <kith@example.com>", null)))
                .isInstanceOf(MessagingException.class)
                .satisfies(e -> assertThat(Mailer.inWords((Exception) e)).containsIgnoringCase("certificat"));
        assertThat(smtps.getReceivedMessages()).isEmpty();
    }
}
