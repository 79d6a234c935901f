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

/** Reminders and key dates through the API, every answer checked against the OpenAPI document. */
@ServerTest
class RemindersApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Clock clock;

    private static final String[] COMMON = {"kind", "person", "reason", "dueOn", "early", "done", "action",
            "rhythmDays", "lastTouchOn", "overdueDays", "priority"};

    Api api;
    long ada;
    LocalDate today;

    @BeforeEach
    void signUp() {
        api = Api.signUp(port, accounts);
        ada = api.post("/api/v1/people", "{\"name\": \"Ada Lovelace\"}").json().get("id").asLong();
        today = LocalDate.now(clock);
    }

    private static JsonNode item(JsonNode today, String kind) {
        for (JsonNode item : today.get("items")) {
            if (item.get("kind").asString().equals(kind)) {
                return item;
            }
        }
        return null;
    }

    @Test
    void aReminderIsSetListedOnTodayOnItsDayAndDeleted() {
        LocalDate on = today.plusDays(3);
        Api.Reply created = api.post("/api/v1/people/" + ada + "/reminders",
                "{\"on\": \"" + on + "\", \"text\": \"send Ada the article\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.header("Location")).isEqualTo("/api/v1/reminders/" + id);
        assertThat(api.get("/api/v1/reminders").json().get(0).get("text").asString()).isEqualTo("send Ada the article");
        assertThat(api.get("/api/v1/people/" + ada + "/reminders").json().size()).isEqualTo(1);

        assertThat(item(api.get("/api/v1/today?date=" + on.minusDays(1)).json(), "reminder")).isNull();
        JsonNode item = item(api.get("/api/v1/today?date=" + on).json(), "reminder");
        assertThat(item.get("reason").asString()).isEqualTo("Reminder: send Ada the article");
        assertThat(item.get("reminder").get("id").asLong()).isEqualTo(id);
        assertThat(item.get("person").get("id").asLong()).isEqualTo(ada);
        assertThat(item.get("done").asBoolean()).isFalse();
        assertThat(item.propertyNames()).as("the properties of every item").contains(COMMON);

        assertThat(api.delete("/api/v1/reminders/" + id).status()).isEqualTo(204);
        assertThat(item(api.get("/api/v1/today?date=" + on).json(), "reminder")).isNull();
        assertThat(api.delete("/api/v1/reminders/" + id).status()).isEqualTo(404);
    }

    @Test
    void aReminderInThePastIsAProblemNamingOn() {
        Api.Reply refused = api.post("/api/v1/people/" + ada + "/reminders",
                "{\"on\": \"" + today.minusDays(1) + "\", \"text\": \"too late\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asString()).isEqualTo("on");
        assertThat(api.get("/api/v1/reminders").json().size()).isZero();
    }

    @Test
    void keyDatesAreAddedListedOnTodayEachYearAndDeleted() {
        LocalDate started = today.minusYears(5);
        Api.Reply created = api.post("/api/v1/people/" + ada + "/dates",
                "{\"label\": \"work anniversary\", \"on\": \"" + started + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("yearly").asBoolean()).as("yearly unless said").isTrue();
        api.post("/api/v1/people/" + ada + "/dates", "{\"label\": \"moved to Berlin\", \"on\": \"" + today.plusDays(2)
                + "\", \"yearly\": false}");
        assertThat(api.get("/api/v1/people/" + ada + "/dates").json().size()).isEqualTo(2);

        JsonNode item = item(api.get("/api/v1/today").json(), "key-date");
        assertThat(item.get("reason").asString()).isEqualTo("5 years since work anniversary");
        assertThat(item.get("years").asInt()).isEqualTo(5);
        assertThat(item.get("keyDate").get("label").asString()).isEqualTo("work anniversary");
        assertThat(item.propertyNames()).as("the properties of every item").contains(COMMON);
        assertThat(item(api.get("/api/v1/today?date=" + today.plusDays(2)).json(), "key-date").get("reason").asString())
                .isEqualTo("Today: moved to Berlin");

        assertThat(api.delete("/api/v1/people/" + ada + "/dates/" + id).status()).isEqualTo(204);
        assertThat(item(api.get("/api/v1/today").json(), "key-date")).isNull();
    }

    @Test
    void anotherAccountGetsNotFound() {
        long id = api.post("/api/v1/people/" + ada + "/reminders", "{\"on\": \"" + today + "\", \"text\": \"call\"}")
                .json().get("id").asLong();
        Api other = Api.signUp(port, accounts);

        assertThat(other.delete("/api/v1/reminders/" + id).status()).isEqualTo(404);
        assertThat(other.post("/api/v1/people/" + ada + "/reminders", "{\"on\": \"" + today + "\", \"text\": \"x\"}")
                .status()).isEqualTo(404);
        assertThat(other.get("/api/v1/people/" + ada + "/dates").status()).isEqualTo(404);
        assertThat(other.get("/api/v1/reminders").json().size()).isZero();
    }
}
