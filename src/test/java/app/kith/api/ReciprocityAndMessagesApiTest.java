package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Reciprocity per person, replies on Today, and the message templates, through the API. */
@ServerTest
class ReciprocityAndMessagesApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    Api api;
    LocalDate today;

    @BeforeEach
    void signUp() {
        api = Api.signUp(port, accounts);
        today = LocalDate.now(accounts.byId(api.accountId()).settings().timeZone());
    }

    private long addTracked(String name) {
        return api.post("/api/v1/people", "{\"name\": \"" + name + "\", \"rhythmDays\": 60, \"startedOn\": \""
                + today.minusDays(10) + "\"}").json().get("id").asLong();
    }

    private void log(long id, LocalDate on, String direction) {
        Api.Reply logged = api.post("/api/v1/people/" + id + "/touchpoints",
                "{\"on\": \"%s\", \"channel\": \"email\", \"direction\": \"%s\"}".formatted(on, direction));
        assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
    }

    @Test
    void aPersonsReciprocitySaysWhoReachedOutAndTheBalance() {
        long ada = addTracked("Ada Lovelace");
        log(ada, today.minusDays(8), "out");
        log(ada, today.minusDays(3), "in");

        Api.Reply reply = api.get("/api/v1/people/" + ada + "/reciprocity");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode balance = reply.json();
        assertThat(balance.get("in").asInt()).isEqualTo(1);
        assertThat(balance.get("out").asInt()).isEqualTo(1);
        assertThat(balance.get("mutual").asInt()).isZero();
        assertThat(balance.get("since").asString()).isEqualTo(today.minusDays(364).toString());
        assertThat(balance.get("sentence").asString()).isEqualTo("They reached out once, you once");
        assertThat(balance.get("last").get("by").asString()).isEqualTo("they");
        assertThat(balance.get("last").get("on").asString()).isEqualTo(today.minusDays(3).toString());
        assertThat(Api.signUp(port, accounts).get("/api/v1/people/" + ada + "/reciprocity").status()).isEqualTo(404);
    }

    @Test
    void someoneWaitingForAReplyIsATodayItemOfKindReply() {
        long ada = addTracked("Ada Lovelace");
        log(ada, today.minusDays(4), "in");

        JsonNode item = api.get("/api/v1/today").json().get("items").get(0);

        assertThat(item.get("kind").asString()).isEqualTo("reply");
        assertThat(item.get("person").get("id").asLong()).isEqualTo(ada);
        assertThat(item.get("reason").asString()).isEqualTo("Ada reached out to you 4 days ago by email");
        assertThat(item.get("channel").asString()).isEqualTo("email");
        assertThat(item.get("about").isNull()).isTrue();
        assertThat(item.get("done").asBoolean()).isFalse();
    }

    @Test
    void ownTemplatesAreListedAddedAndDeletedBesideKiths() {
        JsonNode builtIn = api.get("/api/v1/message-templates?kind=check-in").json();
        assertThat(builtIn.size()).isEqualTo(3);
        assertThat(builtIn.get(0).get("builtIn").asBoolean()).isTrue();
        assertThat(builtIn.get(0).get("kind").asString()).isEqualTo("check-in");

        Api.Reply added = api.post("/api/v1/message-templates",
                "{\"kind\": \"follow-up\", \"name\": \"Nudge\", \"body\": \"Hi {first name}, any news on {ask}?\"}");
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        long id = added.json().get("id").asLong();
        assertThat(added.json().get("key").asString()).isEqualTo("own-" + id);
        assertThat(api.get("/api/v1/message-templates?kind=follow-up").json().get(0).get("name").asString())
                .isEqualTo("Nudge");

        Api.Reply rewritten = api.put("/api/v1/message-templates/" + id,
                "{\"kind\": \"follow-up\", \"name\": \"Nudge\", \"body\": \"Hi {first name}, shall I come back to {ask}?\"}");
        assertThat(rewritten.status()).as(rewritten.toString()).isEqualTo(200);
        assertThat(rewritten.json().get("body").asString()).isEqualTo("Hi {first name}, shall I come back to {ask}?");
        Api.Reply refused = api.put("/api/v1/message-templates/" + id,
                "{\"kind\": \"follow-up\", \"name\": \"Nudge\", \"body\": \"Hi {firstname}\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asString()).isEqualTo("body");

        Api other = Api.signUp(port, accounts);
        assertThat(other.get("/api/v1/message-templates").body()).doesNotContain("Nudge");
        assertThat(other.delete("/api/v1/message-templates/" + id).status()).isEqualTo(404);
        assertThat(other.put("/api/v1/message-templates/" + id, "{\"kind\": \"ask\", \"name\": \"X\", \"body\": \"Hi\"}")
                .status()).isEqualTo(404);
        assertThat(api.get("/api/v1/message-templates?kind=follow-up").json().get(0).get("body").asString())
                .isEqualTo("Hi {first name}, shall I come back to {ask}?");

        assertThat(api.delete("/api/v1/message-templates/" + id).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/message-templates").body()).doesNotContain("Nudge");
        assertThat(api.delete("/api/v1/message-templates/" + id).status()).isEqualTo(404);
    }

    @Test
    void aRefusedTemplateIsAProblemNamingTheField() {
        Api.Reply refused = api.post("/api/v1/message-templates",
                "{\"kind\": \"check-in\", \"name\": \"Odd\", \"body\": \"Hi {nickname}\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("field").asString()).isEqualTo("body");
        assertThat(api.get("/api/v1/message-templates?kind=nonsense").json().get("field").asString()).isEqualTo("kind");
        assertThat(api.get("/api/v1/message-templates").body()).doesNotContain("Odd");
    }
}
