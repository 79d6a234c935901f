package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.db.Database;
import org.springframework.jdbc.core.simple.JdbcClient;
import app.kith.mail.TestMailbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** /api/v1/mailbox against a real IMAP server: connect, sync, suggestions, the ignore list, disconnect. */
@ServerTest
class MailboxApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Database database;

    Api api;
    TestMailbox mail;

    @BeforeEach
    void signUpWithPeopleAndMail() throws Exception {
        api = Api.signUp(port, accounts);
        assertThat(api.post("/api/v1/people", "{\"name\": \"Ada Lovelace\", \"emails\": [\"ada@example.com\"]}").status())
                .isEqualTo(201);
        mail = new TestMailbox();
        mail.fill(0, 100);
    }

    @AfterEach
    void stop() {
        mail.close();
    }

    private String settings(String password) {
        return "{\"host\": \"127.0.0.1\", \"port\": " + mail.port + ", \"tls\": false, \"user\": \"" + TestMailbox.LOGIN
                + "\", \"password\": \"" + password + "\"}";
    }

    @Test
    void aMailboxIsConnectedSyncedAndDisconnected() {
        assertThat(api.get("/api/v1/mailbox").status()).isEqualTo(404);
        assertThat(api.post("/api/v1/mailbox/sync", null).status()).isEqualTo(404);

        Api.Reply wrong = api.put("/api/v1/mailbox", settings("wrong"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("field").asString()).isEqualTo("password");

        Api.Reply connected = api.put("/api/v1/mailbox", settings(TestMailbox.PASSWORD));
        assertThat(connected.status()).as(connected.body()).isEqualTo(200);
        assertThat(connected.body()).doesNotContain(TestMailbox.PASSWORD);
        assertThat(connected.json().get("lastRunAt").isNull()).isTrue();

        JsonNode run = api.post("/api/v1/mailbox/sync", null).json();
        assertThat(run.get("read").asInt()).isEqualTo(100);
        assertThat(run.get("touchpoints").asInt()).isEqualTo(40);
        JsonNode status = api.get("/api/v1/mailbox").json();
        assertThat(status.get("lastAdded").asInt()).isEqualTo(40);
        assertThat(status.get("lastError").isNull()).isTrue();

        assertThat(api.delete("/api/v1/mailbox").status()).isEqualTo(204);
        assertThat(api.get("/api/v1/mailbox").status()).isEqualTo(404);
    }

    @Test
    void suggestionsBecomePeopleOrAreIgnored() {
        api.put("/api/v1/mailbox", settings(TestMailbox.PASSWORD));
        api.post("/api/v1/mailbox/sync", null);

        JsonNode suggestions = api.get("/api/v1/mailbox/suggestions").json();
        assertThat(suggestions.size()).isPositive();
        assertThat(suggestions.toString()).as("Grace is not a person in this account")
                .contains("stranger2@elsewhere.example", "grace@example.com").doesNotContain("ada@example.com",
                        "news@shop.example");

        Api.Reply added = api.post("/api/v1/mailbox/suggestions/stranger2@elsewhere.example/person", null);
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("name").asString()).isEqualTo("Stranger 2");

        Api.Reply ignored = api.post("/api/v1/mailbox/ignored", "{\"address\": \"@Elsewhere.example\"}");
        assertThat(ignored.status()).isEqualTo(201);
        assertThat(ignored.json().get("pattern").asString()).isEqualTo("@elsewhere.example");
        assertThat(api.get("/api/v1/mailbox/suggestions").json().toString()).doesNotContain("elsewhere.example");
        assertThat(api.post("/api/v1/mailbox/ignored", "{\"address\": \"nobody\"}").json().get("field").asString())
                .isEqualTo("address");

        assertThat(api.delete("/api/v1/mailbox/ignored/@elsewhere.example").status()).isEqualTo(204);
        assertThat(api.get("/api/v1/mailbox/ignored").json().size()).isZero();
    }

    @Test
    void aMailServerThatStoppedAnsweringIsABadGatewayAndIsShown() {
        api.put("/api/v1/mailbox", settings(TestMailbox.PASSWORD));
        mail.close();

        Api.Reply failed = api.post("/api/v1/mailbox/sync", null);

        assertThat(failed.status()).isEqualTo(502);
        assertThat(api.get("/api/v1/mailbox").json().get("lastError").asString()).isNotBlank();
    }

    @Test
    void theServerSchedulesTheMailboxSyncBesideTheMorningEmail() {
        assertThat(JdbcClient.create(database.dataSource()).sql("SELECT task_name FROM scheduled_tasks")
                .query(String.class).list()).contains("mailbox-sync", "morning-email");
    }
}
