package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ServerTest
class AsksApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Clock clock;

    Api api;
    long sam;
    LocalDate today;

    @BeforeEach
    void signUp() {
        api = Api.signUp(port, accounts);
        sam = api.post("/api/v1/people", "{\"name\": \"Sam Okafor\", \"rhythmDays\": 30}").json().get("id").asLong();
        today = LocalDate.now(clock);
    }

    @Test
    void anAskIsCreatedListedPuntedAndShowsOnTodayWhenItsDayComes() {
        Api.Reply created = api.post("/api/v1/asks", "{\"personId\": " + sam + ", \"text\": \"an intro to your CFO\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.header("Location")).isEqualTo("/api/v1/asks/" + id);
        assertThat(api.get("/api/v1/asks?open=true").json().size()).isEqualTo(1);

        JsonNode punted = api.post("/api/v1/asks/" + id + "/answer",
                "{\"answer\": \"punt\", \"to\": \"" + today.plusDays(10) + "\"}").json();
        assertThat(punted.get("state").asString()).isEqualTo("punted");

        JsonNode onTheDay = api.get("/api/v1/today?date=" + today.plusDays(10)).json();
        assertThat(onTheDay.get("items").get(0).get("kind").asString()).isEqualTo("ask");
        assertThat(onTheDay.get("items").get(0).get("ask").get("id").asLong()).isEqualTo(id);
    }

    @Test
    void followUpsAndStatsAreThere() {
        long id = api.post("/api/v1/asks", "{\"personId\": " + sam + ", \"text\": \"advice\"}").json().get("id").asLong();

        JsonNode followed = api.post("/api/v1/asks/" + id + "/follow-ups", "{\"channel\": \"call\"}").json();
        assertThat(followed.get("followUps").asInt()).isEqualTo(1);
        api.post("/api/v1/asks/" + id + "/answer", "{\"answer\": \"yes\"}");

        JsonNode stats = api.get("/api/v1/asks/stats?personId=" + sam).json();
        assertThat(stats.get("yes").asInt()).isEqualTo(1);
        assertThat(stats.get("asked").asInt()).isEqualTo(1);
    }

    @Test
    void refusalsAreProblemsNamingTheFieldAndChangeNothing() {
        long id = api.post("/api/v1/asks", "{\"personId\": " + sam + ", \"text\": \"advice\"}").json().get("id").asLong();

        Api.Reply badAnswer = api.post("/api/v1/asks/" + id + "/answer", "{\"answer\": \"maybe\"}");
        assertThat(badAnswer.status()).isEqualTo(400);
        assertThat(badAnswer.json().get("field").asString()).isEqualTo("answer");
        assertThat(api.post("/api/v1/asks", "{\"text\": \"x\"}").json().get("field").asString()).isEqualTo("personId");
        assertThat(api.post("/api/v1/asks", "{\"personId\": " + sam + ", \"text\": \"\"}").json().get("field").asString())
                .isEqualTo("text");

        api.post("/api/v1/asks/" + id + "/answer", "{\"answer\": \"drop\"}");
        Api.Reply closed = api.post("/api/v1/asks/" + id + "/answer", "{\"answer\": \"yes\"}");
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/asks/" + id).json().get("state").asString()).isEqualTo("dropped");
        assertThat(api.get("/api/v1/asks").json().size()).isEqualTo(1);
    }

    @Test
    void anotherAccountsAsksAreNotFound() {
        long id = api.post("/api/v1/asks", "{\"personId\": " + sam + ", \"text\": \"advice\"}").json().get("id").asLong();
        Api other = Api.signUp(port, accounts);

        assertThat(other.get("/api/v1/asks/" + id).status()).isEqualTo(404);
        assertThat(other.post("/api/v1/asks/" + id + "/answer", "{\"answer\": \"yes\"}").status()).isEqualTo(404);
        assertThat(other.post("/api/v1/asks", "{\"personId\": " + sam + ", \"text\": \"x\"}").status()).isEqualTo(404);
        assertThat(other.get("/api/v1/asks").json().size()).isZero();
        assertThat(api.get("/api/v1/asks/" + id).json().get("state").asString()).isEqualTo("waiting");
    }
}
