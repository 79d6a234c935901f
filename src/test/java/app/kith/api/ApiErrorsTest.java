package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.person.People;
import app.kith.touchpoint.Touchpoints;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Refused requests: the right status, a problem naming the field, and nothing written. */
@ServerTest
class ApiErrorsTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    @Autowired
    Touchpoints touchpoints;

    Api api;
    long ada;

    @BeforeEach
    void signUp() {
        api = Api.signUp(port, accounts);
        ada = api.post("/api/v1/people", "{\"name\": \"Ada\", \"company\": \"Engines\", \"rhythmDays\": 30}")
                .json().get("id").asLong();
    }

    /** A request that must be refused; PERSON in the path stands for an existing person's id. */
    record Refusal(String method, String path, String body, int status, String field, String detailContains) {
        @Override
        public String toString() {
            return method + " " + path + " " + (body == null ? "" : body.strip());
        }
    }

    static Stream<Refusal> refusals() {
        return Stream.of(
                new Refusal("POST", "/api/v1/people", "{\"name\": \"\", \"rhythmDays\": -1}", 400, "name", "required"),
                new Refusal("POST", "/api/v1/people", "{\"name\": \"Bo\", \"rhythmDays\": -3}", 400, "rhythmDays", "at least 1"),
                new Refusal("POST", "/api/v1/people", "{\"name\": \"Bo\", \"rhythmDays\": 0}", 400, "rhythmDays", "at least 1"),
                new Refusal("POST", "/api/v1/people", "{\"name\": \"Bo\", \"rhythmDays\": \"x\"}", 400, "rhythmDays", "whole number"),
                new Refusal("POST", "/api/v1/people", "{\"name\": \"Bo\", \"rhythmDays\": 1.5}", 400, "rhythmDays", "whole number"),
                new Refusal("POST", "/api/v1/people", "{\"name\": \"" + "x".repeat(201) + "\"}", 400, "name", "too long"),
                new Refusal("POST", "/api/v1/people", "{\"name\": \"Bo\", \"emails\": [\"bo-at-example\"]}", 400, "emails", "not a valid email"),
                new Refusal("POST", "/api/v1/people", "{\"name\": \"Bo\", \"emails\": \"bo@example.com\"}", 400, "emails", "a list"),
                new Refusal("POST", "/api/v1/people", "{\"name\": \"Bo\", \"birthday\": \"1990-02-30\"}", 400, "birthday", "YYYY-MM-DD"),
                new Refusal("POST", "/api/v1/people", "{\"name\": \"Bo\", \"startedOn\": \"2026-13-45\"}", 400, "startedOn", "a date"),
                new Refusal("POST", "/api/v1/people", "{\"name\": \"Bo\", \"why\": \"rich\"}", 400, "why", "awesome, connector or both"),
                new Refusal("POST", "/api/v1/people", "{\"name\": \"Bo\", \"circles\": [\"No Such Circle\"]}", 400, "circles", "No circle"),
                new Refusal("POST", "/api/v1/people", "{\"name\": \"Bo\", \"nickname\": \"B\"}", 400, "nickname", "unknown property"),
                new Refusal("POST", "/api/v1/people", "{\"name\": \"Bo\",", 400, null, "not valid JSON"),
                new Refusal("POST", "/api/v1/people", "[{\"name\": \"Bo\"}]", 400, null, "one JSON object"),
                new Refusal("POST", "/api/v1/people", null, 400, null, "JSON body is required"),
                new Refusal("PUT", "/api/v1/people/PERSON", "{\"rhythmDays\": 7}", 400, "name", "required"),
                new Refusal("PATCH", "/api/v1/people/PERSON", "{\"rhythmDays\": 0, \"company\": \"Other\"}", 400, "rhythmDays", "at least 1"),
                new Refusal("PATCH", "/api/v1/people/PERSON", "{\"company\": [1]}", 400, "company", "text"),
                new Refusal("PATCH", "/api/v1/people/PERSON", "{\"id\": 7}", 400, "id", "unknown property"),
                new Refusal("PATCH", "/api/v1/people/PERSON", "\"Ada\"", 400, null, "JSON object"),
                new Refusal("POST", "/api/v1/people/PERSON/touchpoints", "{\"on\": \"2026-02-30\"}", 400, "on", "a date"),
                new Refusal("POST", "/api/v1/people/PERSON/touchpoints", "{\"direction\": \"sideways\"}", 400, "direction", "out, in or mutual"),
                new Refusal("POST", "/api/v1/people/PERSON/touchpoints", "{\"channel\": \"pigeon\"}", 400, "channel", "one of"),
                new Refusal("POST", "/api/v1/people/PERSON/touchpoints", "{\"on\": \"2099-01-01\"}", 400, "on", "is after today"),
                new Refusal("POST", "/api/v1/people/999999/touchpoints", "{}", 404, null, "No person"),
                new Refusal("POST", "/api/v1/people/PERSON/snooze", "{}", 400, "until", "required"),
                new Refusal("POST", "/api/v1/people/PERSON/snooze", "{\"until\": \"2020-01-01\"}", 400, "until", "a day after"),
                new Refusal("POST", "/api/v1/circles", "{\"name\": \"Mentors\", \"rhythmDays\": -7}", 400, "rhythmDays", "at least 1"),
                new Refusal("PATCH", "/api/v1/settings", "{\"capacity\": 0}", 400, "capacity", "between 1 and"),
                new Refusal("GET", "/api/v1/today?date=2026-13-45", null, 400, "date", "a date"),
                new Refusal("GET", "/api/v1/today?more=lots", null, 400, "more", "whole number"),
                new Refusal("GET", "/api/v1/people?limit=x", null, 400, "limit", "whole number"),
                new Refusal("GET", "/api/v1/people?limit=100000", null, 400, "limit", "between 1 and"),
                new Refusal("GET", "/api/v1/people/PERSON/touchpoints?offset=-1", null, 400, "offset", "negative"),
                new Refusal("GET", "/api/v1/people/ada", null, 400, "id", "whole number"),
                new Refusal("GET", "/api/v1/people/999999", null, 404, null, "No person"),
                new Refusal("GET", "/api/v1/no-such-endpoint", null, 404, null, "No such endpoint"),
                new Refusal("DELETE", "/api/v1/today", null, 405, null, "not supported by /api/v1/today; it takes GET"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void aRefusedRequestIsAProblemNamingTheFieldAndWritesNothing(Refusal r) {
        JsonNode before = api.get("/api/v1/people/" + ada).json();
        JsonNode settingsBefore = api.get("/api/v1/settings").json();
        int peopleBefore = people.count(api.accountId());

        Api.Reply reply = api.send(r.method(), r.path().replace("PERSON", Long.toString(ada)), r.body());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(r.status());
        assertThat(reply.isProblem()).as(reply.toString()).isTrue();
        JsonNode problem = reply.json();
        assertThat(problem.get("status").asInt()).isEqualTo(r.status());
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).contains(r.detailContains());
        if (r.field() == null) {
            assertThat(problem.has("field")).as(reply.toString()).isFalse();
        } else {
            assertThat(problem.get("field").asString()).as(reply.toString()).isEqualTo(r.field());
        }
        assertThat(people.count(api.accountId())).isEqualTo(peopleBefore);
        assertThat(touchpoints.count(api.accountId())).isZero();
        assertThat(api.get("/api/v1/people/" + ada).json()).isEqualTo(before);
        assertThat(api.get("/api/v1/settings").json()).isEqualTo(settingsBefore);
    }

    @Test
    void aMethodNotAllowedSaysWhichAre() {
        Api.Reply reply = api.send("PUT", "/api/v1/today", "{}");

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.header("Allow")).contains("GET");
    }
}
