package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The insights through the API: the same view as the CLI's --json, the account's own. */
@ServerTest
class InsightsApiTest {

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

    @Test
    void theFiguresOfTheAccountWithWeakTiesForAGoal() {
        long sam = api.post("/api/v1/people", "{\"name\": \"Sam Okafor\", \"role\": \"Data engineer\", \"rhythmDays\": 30,"
                + " \"startedOn\": \"" + today.minusDays(10) + "\"}").json().get("id").asLong();
        Api.Reply logged = api.post("/api/v1/people/" + sam + "/touchpoints",
                "{\"on\": \"%s\", \"channel\": \"email\", \"direction\": \"out\"}".formatted(today));
        assertThat(logged.status()).as(logged.toString()).isEqualTo(201);

        Api.Reply reply = api.get("/api/v1/insights?goal=data%20engineering");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode view = reply.json();
        assertThat(view.get("inRhythm").get("share").asDouble()).isEqualTo(1.0);
        assertThat(view.get("streak").get("days").asInt()).isEqualTo(1);
        assertThat(view.get("streak").get("today").asBoolean()).isTrue();
        assertThat(view.get("goal").asString()).isEqualTo("data engineering");
        assertThat(view.get("weakTies").get(0).get("matched").size()).isEqualTo(2);
        JsonNode other = Api.signUp(port, accounts).get("/api/v1/insights").json();
        assertThat(other.get("inRhythm").get("tracked").asInt()).isZero();
        assertThat(other.get("goal").isNull()).isTrue();
    }
}
