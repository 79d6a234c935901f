package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A person's touchpoints with their ids, corrected and deleted through the API; the clock follows; nothing after today. */
@ServerTest
class TouchpointsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    Api api;
    LocalDate today;
    long ann;

    @BeforeEach
    void annIsMonthly() {
        api = Api.signUp(port, accounts);
        today = LocalDate.now(accounts.byId(api.accountId()).settings().timeZone());
        ann = api.post("/api/v1/people", "{\"name\": \"Ann Example\", \"rhythmDays\": 30, \"startedOn\": \""
                + today.minusDays(100) + "\"}").json().get("id").asLong();
    }

    private long log(LocalDate on, String note) {
        Api.Reply logged = api.post("/api/v1/people/" + ann + "/touchpoints",
                "{\"on\": \"" + on + "\", \"channel\": \"coffee\", \"note\": \"" + note + "\"}");
        assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
        return logged.json().get("id").asLong();
    }

    private JsonNode ann() {
        return api.get("/api/v1/people/" + ann).json();
    }

    @Test
    void aTouchpointIsListedWithItsIdCorrectedAndTheClockFollows() {
        long id = log(today.minusDays(2), "Lunch");
        JsonNode listed = api.get("/api/v1/people/" + ann + "/touchpoints").json();
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).get("id").asLong()).isEqualTo(id);
        assertThat(listed.get(0).get("personId").asLong()).isEqualTo(ann);
        assertThat(api.get("/api/v1/touchpoints/" + id).json()).isEqualTo(listed.get(0));

        Api.Reply edited = api.patch("/api/v1/touchpoints/" + id, """
                {"on": "%s", "direction": "in"}
                """.formatted(today.minusDays(10)));

        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().get("on").asString()).isEqualTo(today.minusDays(10).toString());
        assertThat(edited.json().get("direction").asString()).isEqualTo("in");
        assertThat(edited.json().get("channel").asString()).as("not sent, kept").isEqualTo("coffee");
        assertThat(edited.json().get("note").asString()).as("not sent, kept").isEqualTo("Lunch");
        assertThat(ann().get("lastTouchOn").asString()).isEqualTo(today.minusDays(10).toString());
        assertThat(ann().get("dueOn").asString()).isEqualTo(today.plusDays(20).toString());

        Api.Reply cleared = api.patch("/api/v1/touchpoints/" + id, "{\"note\": null, \"channel\": \"call\"}");
        assertThat(cleared.json().get("note").isNull()).isTrue();
        assertThat(cleared.json().get("channel").asString()).isEqualTo("call");
    }

    @Test
    void deletingTheOnlyTouchpointClearsTheLastTouch() {
        long id = log(today.minusDays(5), "Call");

        Api.Reply deleted = api.delete("/api/v1/touchpoints/" + id);

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().get("restore").asString()).isEqualTo("/api/v1/trash/touchpoint/" + id + "/restore");
        assertThat(ann().get("lastTouchOn").isNull()).isTrue();
        assertThat(ann().get("dueOn").asString()).isEqualTo(today.minusDays(70).toString());
        assertThat(api.get("/api/v1/people/" + ann + "/touchpoints").json().size()).isZero();
        assertThat(api.get("/api/v1/touchpoints/" + id).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/touchpoints/" + id).status()).isEqualTo(404);
    }

    @Test
    void aTouchpointDatedAfterTodayIsRefusedNamingTheField() {
        long id = log(today.minusDays(1), "Yesterday");
        LocalDate tomorrow = today.plusDays(1);

        Api.Reply logged = api.post("/api/v1/people/" + ann + "/touchpoints", "{\"on\": \"" + tomorrow + "\"}");
        Api.Reply edited = api.patch("/api/v1/touchpoints/" + id, "{\"on\": \"" + tomorrow + "\"}");

        for (Api.Reply refused : new Api.Reply[] {logged, edited}) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.json().get("field").asString()).isEqualTo("on");
            assertThat(refused.json().get("detail").asString()).isEqualTo("on " + tomorrow + " is after today (" + today
                    + "); Kith records only what has happened");
        }
        assertThat(api.get("/api/v1/people/" + ann + "/touchpoints").json().size()).isEqualTo(1);
        assertThat(ann().get("lastTouchOn").asString()).isEqualTo(today.minusDays(1).toString());
    }

    @Test
    void aBadCorrectionIsRefusedNamingTheFieldAndChangesNothing() {
        long id = log(today.minusDays(1), "Yesterday");
        JsonNode before = api.get("/api/v1/touchpoints/" + id).json();

        Api.Reply nullDate = api.patch("/api/v1/touchpoints/" + id, "{\"on\": null}");
        Api.Reply badChannel = api.patch("/api/v1/touchpoints/" + id, "{\"channel\": \"pigeon\"}");
        Api.Reply unknown = api.patch("/api/v1/touchpoints/" + id, "{\"when\": \"2026-01-01\"}");

        assertThat(nullDate.status()).isEqualTo(400);
        assertThat(nullDate.json().get("field").asString()).isEqualTo("on");
        assertThat(badChannel.status()).isEqualTo(400);
        assertThat(badChannel.json().get("field").asString()).isEqualTo("channel");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("field").asString()).isEqualTo("when");
        assertThat(api.get("/api/v1/touchpoints/" + id).json()).isEqualTo(before);
    }

    @Test
    void anotherAccountsTouchpointIsNotFoundAndStaysAsItWas() {
        long id = log(today.minusDays(3), "Private");
        Api other = Api.signUp(port, accounts);

        assertThat(other.get("/api/v1/touchpoints/" + id).status()).isEqualTo(404);
        assertThat(other.patch("/api/v1/touchpoints/" + id, "{\"note\": \"mine\"}").status()).isEqualTo(404);
        assertThat(other.delete("/api/v1/touchpoints/" + id).status()).isEqualTo(404);

        JsonNode still = api.get("/api/v1/touchpoints/" + id).json();
        assertThat(still.get("note").asString()).isEqualTo("Private");
        assertThat(ann().get("lastTouchOn").asString()).isEqualTo(today.minusDays(3).toString());
    }

    @Test
    void theDocumentDescribesTheCorrections() {
        JsonNode paths = Api.anonymous(port).get("/api/openapi.json").json().get("paths");

        JsonNode one = paths.get("/api/v1/touchpoints/{id}");
        assertThat(one.get("patch").get("summary").asString()).startsWith("Correct a touchpoint");
        assertThat(one.get("delete").get("summary").asString()).startsWith("Delete a touchpoint");
        assertThat(one.get("delete").get("responses").has("200")).isTrue();
        assertThat(one.get("patch").get("responses").has("404")).isTrue();
    }

    @Test
    void aContactSentTwiceWithTheSameIdempotencyKeyIsLoggedOnce() {
        String body = "{\"channel\": \"call\", \"note\": \"From the train\"}";
        Api.Reply first = api.post("/api/v1/people/" + ann + "/touchpoints", body, "Idempotency-Key", "c0ffee00-1111-4222-8333-444455556666");
        Api.Reply again = api.post("/api/v1/people/" + ann + "/touchpoints", body, "Idempotency-Key", "c0ffee00-1111-4222-8333-444455556666");

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
        assertThat(api.get("/api/v1/people/" + ann + "/touchpoints").json().size()).isEqualTo(1);
    }

    @Test
    void anotherAccountsSameIdempotencyKeyLogsItsOwnContact() {
        Api other = Api.signUp(port, accounts);
        long theirs = other.post("/api/v1/people", "{\"name\": \"Bo Other\"}").json().get("id").asLong();

        api.post("/api/v1/people/" + ann + "/touchpoints", null, "Idempotency-Key", "shared-key-0001");
        Api.Reply theirLog = other.post("/api/v1/people/" + theirs + "/touchpoints", null, "Idempotency-Key", "shared-key-0001");

        assertThat(theirLog.status()).as(theirLog.toString()).isEqualTo(201);
        assertThat(theirLog.json().get("personId").asLong()).isEqualTo(theirs);
        assertThat(other.get("/api/v1/people/" + theirs + "/touchpoints").json().size()).isEqualTo(1);
        assertThat(api.get("/api/v1/people/" + ann + "/touchpoints").json().size()).isEqualTo(1);
    }

    @Test
    void anIdempotencyKeyNoClientMakesIsRefusedNamingTheHeader() {
        Api.Reply refused = api.post("/api/v1/people/" + ann + "/touchpoints", null, "Idempotency-Key", "no");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Idempotency-Key");
        assertThat(api.get("/api/v1/people/" + ann + "/touchpoints").json().size()).isZero();
    }

    @Test
    void theDocumentDescribesTheIdempotencyKeyOfLoggingAndSkipping() {
        JsonNode paths = Api.anonymous(port).get("/api/openapi.json").json().get("paths");

        for (String path : new String[] {"/api/v1/people/{id}/touchpoints", "/api/v1/people/{id}/skip"}) {
            JsonNode key = null;
            for (JsonNode parameter : paths.get(path).get("post").get("parameters")) {
                if (parameter.get("name").asString().equals("Idempotency-Key")) {
                    key = parameter;
                }
            }
            assertThat(key).as(path).isNotNull();
            assertThat(key.get("in").asString()).isEqualTo("header");
            assertThat(key.path("required").asBoolean(false)).isFalse();
            assertThat(key.get("description").asString()).contains("writes nothing more");
            assertThat(paths.get(path).get("post").get("description").asString()).contains("same Idempotency-Key");
        }
    }
}
