package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The morning email through the API on a server with a mail server (GreenMail): turning it on, a
 * test email that arrives, and the mail server's own words when it cannot be reached.
 */
@ServerTest
class MorningEmailSendApiTest {

    private static final int SMTP_PORT = freePort();
    private static GreenMail smtp = start();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("kith.mail.host", () -> "127.0.0.1");
        properties.add("kith.mail.port", () -> SMTP_PORT);
        properties.add("kith.mail.from", () -> "Kith <kith@example.com>");
    }

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    Api api;
    String address;

    @BeforeEach
    void signUp() {
        if (!smtp.isRunning()) {
            smtp = start();
        }
        api = Api.signUp(port, accounts);
        address = accounts.byId(api.accountId()).email();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    void theEmailTurnsOnAtAnHourWhenTheServerCanSendMail() {
        JsonNode on = api.patch("/api/v1/morning-email", "{\"enabled\": true, \"hour\": 23}").json();

        assertThat(on.get("enabled").asBoolean()).isTrue();
        assertThat(on.get("hour").asInt()).isEqualTo(23);
        assertThat(on.get("mailConfigured").asBoolean()).isTrue();

        JsonNode off = api.patch("/api/v1/morning-email", "{\"enabled\": false}").json();
        assertThat(off.get("enabled").asBoolean()).isFalse();
        assertThat(off.get("hour").asInt()).as("left out: unchanged").isEqualTo(23);
    }

    @Test
    void aTestEmailArrivesAtTheAccountsAddressAndIsNotTheDays() throws Exception {
        Api.Reply sent = api.post("/api/v1/morning-email/test", null);

        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.json().get("sent").asBoolean()).isTrue();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m, address)))
                .singleElement().extracting(m -> subject(m)).asString().startsWith("Test: ");
        assertThat(api.get("/api/v1/morning-email").json().get("lastSentAt").isNull()).isTrue();
    }

    @Test
    void aMailServerThatCannotBeReachedIsABadGatewayInItsOwnWords() {
        smtp.stop();

        Api.Reply refused = api.post("/api/v1/morning-email/test", null);

        assertThat(refused.status()).isEqualTo(502);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("detail").asString()).startsWith("The mail server did not take it: ")
                .containsIgnoringCase("connect");
    }

    private static boolean to(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().contains(address));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static GreenMail start() {
        GreenMail mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
