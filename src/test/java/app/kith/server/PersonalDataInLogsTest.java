package app.kith.server;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.LiveServer;
import app.kith.account.Accounts;
import app.kith.digest.Digests;
import app.kith.web.WebSession;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A day of Kith with every log line written (INFO and up, as JSON for a log collector): signing in,
 * a wrong password, an import, a person added by hand, the morning email sent,
 * signing out. Nothing in the logs names a person or an email address.
 */
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataInLogsTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aTypicalDayLogsNoNameOrEmailAddress(CapturedOutput output) throws Exception {
        int smtpPort;
        try (ServerSocket s = new ServerSocket(0)) {
            smtpPort = s.getLocalPort();
        }
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (LiveServer server = LiveServer.start("--logging.config=classpath:logback-structured.xml",
                "--kith.mail.host=127.0.0.1", "--kith.mail.port=" + smtpPort, "--kith.digest.every=PT1H")) {
            Accounts accounts = server.bean(Accounts.class);
            accounts.create("owner.person@example.com", WebSession.PASSWORD);
            long id = accounts.create("margaret.hamilton@example.com", WebSession.PASSWORD).account().id();
            String token = accounts.newToken(id, "day").secret();

            WebSession wrong = WebSession.anonymous(server.port());
            wrong.post("/login", Map.of("username", "margaret.hamilton@example.com", "password", "not-the-password"));
            WebSession web = WebSession.signIn(server.port(), id, "margaret.hamilton@example.com", WebSession.PASSWORD, false);
            web.get("/people/new");
            WebSession.Page added = web.post("/people", Map.of("name", "Katherine Johnson", "email", "katherine@example.org"));
            assertThat(added.status()).as(added.body().replaceAll("(?s).*?(<[^>]*(error|invalid)[^>]*>[^<]*).*", "$1"))
                    .isEqualTo(302);
            String connections;
            try (InputStream in = getClass().getResourceAsStream("/io/linkedin/Connections.csv")) {
                connections = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            HttpResponse<String> imported = HTTP.send(HttpRequest.newBuilder(URI.create(server.url("/api/v1/imports/linkedin")))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString(connections)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(imported.statusCode()).isEqualTo(200);
            assertThat(web.get("/today").body()).contains("Katherine Johnson");

            Digests digests = server.bean(Digests.class);
            digests.change(id, true, 0);
            assertThat(digests.sendDue()).isEqualTo(1);
            web.post("/logout", Map.of());
        } finally {
            smtp.stop();
        }

        // The test's own mail server (GreenMail, in this JVM) logs its mailboxes: not Kith's lines.
        String logs = output.getAll().lines().filter(line -> !line.contains("com.icegreen"))
                .collect(java.util.stream.Collectors.joining("\n"));
        assertThat(logs).as("the day was logged, as JSON").contains("\"@timestamp\"", "\"level\":\"INFO\"");
        assertThat(logs).doesNotContain("margaret", "Margaret", "hamilton", "owner.person", "Katherine", "katherine", "Lovelace", "ada@example.com", "Hopper", "@example.");
    }
}
