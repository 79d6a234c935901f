package app.kith.web.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import app.kith.touchpoint.Touchpoints;
import app.kith.web.WebSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Importing conversations on the web: upload, preview, confirm; who you are asked for without choosing the file again. */
@ServerTest
class ConversationsPageTest {

    private static final String HEADER = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,"
            + "RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Touchpoints touchpoints;

    byte[] connections;
    byte[] messages;
    WebSession session;

    @BeforeEach
    void peopleFromConnections() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/io/linkedin/Connections.csv")) {
            connections = in.readAllBytes();
        }
        try (InputStream in = getClass().getResourceAsStream("/io/linkedin/messages.csv")) {
            messages = in.readAllBytes();
        }
        session = WebSession.signUp(port, accounts);
        String token = ImportPageTest.token(ImportPageTest.finished(session, session.upload("/import",
                Map.of("format", "linkedin", "circle", ""), "file", "Connections.csv", connections)).body());
        assertThat(ImportPageTest.finished(session, session.post("/import/confirm", Map.of("token", token))).body())
                .contains("import your LinkedIn messages");
    }

    private int logged() {
        int[] all = {0};
        touchpoints.forEach(session.accountId(), t -> all[0]++);
        return all[0];
    }

    @Test
    void messagesArePreviewedThenLoggedOnceOnConfirmation() {
        assertThat(session.get("/import").body()).contains("href=\"/import/conversations\"");
        int before = logged();

        WebSession.Page preview = session.upload("/import/conversations", Map.of("me", ""), "file", "messages.csv",
                messages);

        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body()).contains("What importing messages.csv would do. Nothing is written yet.",
                "It would log 3 touchpoints with 2 people.", "5 messages: 3 you wrote, 2 written to you.",
                "You are taken to be https://www.linkedin.com/in/me-myself.",
                "1 conversation is with people not in Kith", "Log 3 touchpoints");
        assertThat(logged()).isEqualTo(before);

        String token = ImportPageTest.token(preview.body());
        WebSession.Page done = session.post("/import/conversations/confirm", Map.of("token", token, "me", ""));
        assertThat(done.body()).contains("Imported messages.csv.", "Logged 3 touchpoints with 2 people.", "See Today");
        assertThat(logged()).isEqualTo(before + 3);

        assertThat(session.post("/import/conversations/confirm", Map.of("token", token, "me", "")).body())
                .contains("That preview is no longer open");
        WebSession.Page again = session.upload("/import/conversations", Map.of("me", ""), "file", "messages.csv",
                messages);
        assertThat(again.body()).contains("Nothing new: every conversation here is imported already.")
                .doesNotContain("Log 0");
        assertThat(logged()).isEqualTo(before + 3);
    }

    @Test
    void whoYouAreIsAskedForAndTheFileIsKept() {
        String two = HEADER + "c1,,Ada Lovelace,https://www.linkedin.com/in/ada-lovelace,Grace Hopper,"
                + "https://www.linkedin.com/in/gracehopper,2024-03-05 14:22:10 UTC,,Hi,INBOX\n"
                + "c2,,José Núñez,https://www.linkedin.com/in/jose-nunez,Priya Raman,"
                + "https://www.linkedin.com/in/priya,2024-03-06 10:00:00 UTC,,Hola,INBOX\n";

        WebSession.Page asked = session.upload("/import/conversations", Map.of("me", ""), "file", "messages.csv",
                two.getBytes(StandardCharsets.UTF_8));

        assertThat(asked.errorOf("conversations-me")).contains("cannot be told: say it");
        assertThat(asked.body()).contains("File: <strong>messages.csv</strong>");
        WebSession.Page told = session.upload("/import/conversations", Map.of("me", "Ada Lovelace",
                "token", ImportPageTest.token(asked.body())), "file", "", new byte[0]);
        assertThat(told.body()).contains("It would log 2 touchpoints with 2 people.",
                "You are taken to be Ada Lovelace.");
    }

    @Test
    void aBadLineIsRefusedNextToTheFileAndNothingIsLogged() {
        int before = logged();
        byte[] bad = (new String(messages, StandardCharsets.UTF_8)
                + "c9,,Ada Lovelace,https://www.linkedin.com/in/ada-lovelace,Me Myself,,not a date,,x,INBOX\n")
                .getBytes(StandardCharsets.UTF_8);

        WebSession.Page refused = session.upload("/import/conversations", Map.of("me", ""), "file", "messages.csv", bad);

        assertThat(refused.errorOf("conversations-file")).contains("Line 7 of the file", "nothing was imported");
        assertThat(logged()).isEqualTo(before);
        assertThat(session.post("/import/conversations", Map.of("me", "")).errorOf("conversations-file"))
                .contains("Choose the file to import");
    }
}
