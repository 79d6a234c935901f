package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.agenda.IcsServer;
import app.kith.agenda.DaysFromToday;
import app.kith.agenda.DaysFromToday.Meeting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ServerTest
class CalendarsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    Api api;
    IcsServer calendar;

    @BeforeEach
    void signUp() {
        api = Api.signUp(port, accounts);
        calendar = new IcsServer();
    }

    @AfterEach
    void stop() {
        calendar.close();
    }

    @Test
    void aCalendarIsAddedFetchedAtOnceListedFetchedAgainAndRemoved() {
        long ada = api.post("/api/v1/people", "{\"name\": \"Ada Lovelace\", \"emails\": [\"ada@example.com\"]}").json()
                .get("id").asLong();
        String url = calendar.serve("/secret-token/basic.ics", DaysFromToday.calendar(
                new Meeting("past", -3, "Coffee", "ada@example.com"), new Meeting("soon", 4, "Sync", "ada@example.com")));

        Api.Reply added = api.post("/api/v1/calendars", "{\"url\": \"" + url + "\"}");

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.body()).doesNotContain("secret-token");
        JsonNode fetch = added.json().get("fetch");
        assertThat(fetch.get("added").asInt()).isEqualTo(1);
        assertThat(fetch.get("upcoming").asInt()).isEqualTo(1);
        assertThat(fetch.get("error").isNull()).isTrue();
        long id = added.json().get("calendar").get("id").asLong();
        assertThat(added.json().get("calendar").get("kind").asString()).isEqualTo("ical");

        JsonNode touchpoints = api.get("/api/v1/people/" + ada + "/touchpoints").json();
        assertThat(touchpoints.get(0).get("channel").asString()).isEqualTo("coffee");
        assertThat(touchpoints.get(0).get("direction").asString()).isEqualTo("mutual");
        JsonNode next = api.get("/api/v1/people/" + ada + "/next").json();
        assertThat(next.size()).isEqualTo(1);
        assertThat(next.get(0).get("kind").asString()).isEqualTo("meeting");

        assertThat(api.post("/api/v1/calendars/" + id + "/fetch", null).json().get("added").asInt()).isZero();
        JsonNode list = api.get("/api/v1/calendars").json();
        assertThat(list.get(0).get("host").asString()).isEqualTo("127.0.0.1");
        assertThat(list.get(0).get("addedTotal").asInt()).isEqualTo(1);

        assertThat(api.delete("/api/v1/calendars/" + id).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/calendars").json().size()).isZero();
        assertThat(api.get("/api/v1/people/" + ada + "/next").json().size()).isZero();
        assertThat(api.delete("/api/v1/calendars/" + id).status()).isEqualTo(404);
    }

    @Test
    void aBadAddressIsRefusedNamingTheField() {
        Api.Reply refused = api.post("/api/v1/calendars", "{\"url\": \"ftp://example.com/x.ics\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asString()).isEqualTo("url");
    }

    @Test
    void anotherAccountsCalendarIsNotFound() {
        long id = api.post("/api/v1/calendars", "{\"url\": \"" + calendar.serve("/c.ics", DaysFromToday.calendar()) + "\"}")
                .json().get("calendar").get("id").asLong();

        Api other = Api.signUp(port, accounts);

        assertThat(other.post("/api/v1/calendars/" + id + "/fetch", null).status()).isEqualTo(404);
        assertThat(other.delete("/api/v1/calendars/" + id).status()).isEqualTo(404);
    }
}
