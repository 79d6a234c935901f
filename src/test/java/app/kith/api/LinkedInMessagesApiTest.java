package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Conversation history through the API: previewed, imported, the same file again logs nothing. */
@ServerTest
class LinkedInMessagesApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    Api api;
    String messages;

    @BeforeEach
    void peopleFromConnectionsThenTheirMessages() throws IOException {
        api = Api.signUp(port, accounts);
        try (InputStream in = getClass().getResourceAsStream("/io/linkedin/Connections.csv")) {
            String connections = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(api.send("POST", "/api/v1/imports/linkedin", connections, "text/csv").status()).isEqualTo(200);
        }
        try (InputStream in = getClass().getResourceAsStream("/io/linkedin/messages.csv")) {
            messages = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private int touchpoints() {
        int all = 0;
        for (JsonNode person : api.get("/api/v1/people").json()) {
            all += api.get("/api/v1/people/" + person.get("id").asLong() + "/touchpoints").json().size();
        }
        return all;
    }

    @Test
    void messagesArePreviewedThenLoggedOnceAsTouchpoints() {
        int before = touchpoints();
        Api.Reply preview = api.send("POST", "/api/v1/imports/linkedin-messages/preview", messages, "text/csv");
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        JsonNode p = preview.json();
        assertThat(p.get("applied").asBoolean()).isFalse();
        assertThat(p.get("touchpoints").asInt()).as("Ada out and in on one day, Grace out").isEqualTo(3);
        assertThat(p.get("people").asInt()).isEqualTo(2);
        assertThat(p.get("unknownConversations").asInt()).isEqualTo(1);
        assertThat(p.get("me").asString()).isEqualTo("https://www.linkedin.com/in/me-myself");
        assertThat(touchpoints()).isEqualTo(before);

        JsonNode applied = api.send("POST", "/api/v1/imports/linkedin-messages", messages, "text/csv").json();
        assertThat(applied.get("applied").asBoolean()).isTrue();
        assertThat(applied.get("touchpoints").asInt()).isEqualTo(3);
        assertThat(touchpoints()).isEqualTo(before + 3);

        JsonNode again = api.send("POST", "/api/v1/imports/linkedin-messages?me=Me%20Myself", messages, "text/csv").json();
        assertThat(again.get("touchpoints").asInt()).isZero();
        assertThat(again.get("alreadyImported").asInt()).isEqualTo(3);
        assertThat(touchpoints()).isEqualTo(before + 3);
    }

    @Test
    void aBadLineOrAFormBodyIsAProblemNamingTheFieldAndNothingIsLogged() {
        int before = touchpoints();
        Api.Reply bad = api.send("POST", "/api/v1/imports/linkedin-messages",
                messages + "c9,,Ada Lovelace,https://www.linkedin.com/in/ada-lovelace,Me Myself,,not a date,,x,INBOX\n",
                "text/csv");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asString()).isEqualTo("file");
        assertThat(bad.json().get("detail").asString()).contains("Line 7 of the file");

        Api.Reply form = api.send("POST", "/api/v1/imports/linkedin-messages", messages,
                "application/x-www-form-urlencoded");
        assertThat(form.status()).isEqualTo(400);
        assertThat(form.json().get("field").asString()).isEqualTo("Content-Type");
        assertThat(touchpoints()).isEqualTo(before);
    }

    @Test
    void whoYouAreIsAskedForWhenTheFileCannotTell() {
        String two = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,"
                + "SUBJECT,CONTENT,FOLDER\n"
                + "c1,,Ada Lovelace,https://www.linkedin.com/in/ada-lovelace,Grace Hopper,"
                + "https://www.linkedin.com/in/gracehopper,2024-03-05 14:22:10 UTC,,Hi,INBOX\n"
                + "c2,,José Núñez,https://www.linkedin.com/in/jose-nunez,Priya Raman,"
                + "https://www.linkedin.com/in/priya,2024-03-06 10:00:00 UTC,,Hola,INBOX\n";
        Api.Reply unsure = api.send("POST", "/api/v1/imports/linkedin-messages", two, "text/csv");
        assertThat(unsure.status()).isEqualTo(400);
        assertThat(unsure.json().get("field").asString()).isEqualTo("me");

        Api.Reply told = api.send("POST", "/api/v1/imports/linkedin-messages?me=https://www.linkedin.com/in/ada-lovelace",
                two, "text/csv");
        assertThat(told.json().get("touchpoints").asInt()).as("to Grace, from José").isEqualTo(2);
    }
}
