package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import java.time.DayOfWeek;
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

    @Test
    void theWeeklyReviewOfTheAccountAndAWeekThatIsNotAMondaysRefused() {
        long sam = api.post("/api/v1/people", "{\"name\": \"Sam Okafor\", \"rhythmDays\": 30,"
                + " \"startedOn\": \"" + today.minusDays(10) + "\"}").json().get("id").asLong();
        api.post("/api/v1/people/" + sam + "/touchpoints",
                "{\"on\": \"%s\", \"channel\": \"email\", \"direction\": \"in\"}".formatted(today));

        Api.Reply reply = api.get("/api/v1/insights/week");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode review = reply.json();
        assertThat(review.get("current").asBoolean()).isTrue();
        assertThat(review.get("touchpoints").asInt()).isEqualTo(1);
        assertThat(review.get("people").get(0).get("person").get("name").asString()).isEqualTo("Sam Okafor");
        assertThat(review.get("coming").size()).isEqualTo(7);
        Api.Reply lastWeek = api.get("/api/v1/insights/week?week=" + today.with(DayOfWeek.MONDAY).minusWeeks(1));
        assertThat(lastWeek.status()).as(lastWeek.toString()).isEqualTo(200);
        assertThat(lastWeek.json().get("coming").size()).isZero();
        Api.Reply refused = api.get("/api/v1/insights/week?week=" + today.with(DayOfWeek.TUESDAY));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.body()).contains("week");
        JsonNode other = Api.signUp(port, accounts).get("/api/v1/insights/week").json();
        assertThat(other.get("touchpoints").asInt()).isZero();
        assertThat(other.get("people").size()).isZero();
    }
}
