package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ServerTest
class PeopleApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    Api api;

    @BeforeEach
    void signUp() {
        api = Api.signUp(port, accounts);
    }

    @Test
    void aPersonWithNeitherRhythmNorCircleGetsTheDefaultRhythmUnlessNoRhythm() {
        JsonNode cal = api.post("/api/v1/people", "{\"name\": \"Cal Default\"}").json();
        assertThat(cal.get("rhythmDays").asInt()).isEqualTo(30);
        assertThat(cal.get("ownRhythmDays").asInt()).isEqualTo(30);

        JsonNode dee = api.post("/api/v1/people", "{\"name\": \"Dee Untracked\", \"noRhythm\": true}").json();
        assertThat(dee.get("rhythmDays").isNull()).isTrue();
        assertThat(api.post("/api/v1/people", "{\"name\": \"Eve\", \"rhythmDays\": null}").json().get("rhythmDays")
                .asInt()).as("null is left out, not a choice").isEqualTo(30);

        api.patch("/api/v1/settings", "{\"defaultRhythmDays\": null}");
        assertThat(api.post("/api/v1/people", "{\"name\": \"Fay\"}").json().get("rhythmDays").isNull()).isTrue();
    }

    @Test
    void noRhythmMustBeTrueOrFalseAndNotSaidWithARhythm() {
        Api.Reply notBoolean = api.post("/api/v1/people", "{\"name\": \"Dee\", \"noRhythm\": \"yes\"}");
        Api.Reply both = api.post("/api/v1/people", "{\"name\": \"Dee\", \"noRhythm\": true, \"rhythmDays\": 7}");

        assertThat(notBoolean.status()).isEqualTo(400);
        assertThat(notBoolean.json().get("field").asString()).isEqualTo("noRhythm");
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.json().get("field").asString()).isEqualTo("noRhythm");
        assertThat(api.get("/api/v1/people").json().size()).isZero();
    }

    @Test
    void personIsCreatedReadReplacedChangedFoundAndDeleted() {
        Api.Reply created = api.post("/api/v1/people", """
                {"name": "Ada Lovelace", "emails": ["ada@example.com"], "company": "Analytical Engines",
                 "topics": ["mathematics"], "why": "both", "circles": ["Monthly"], "birthday": "--12-10",
                 "startedOn": "2026-01-15"}
                """);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode ada = created.json();
        long id = ada.get("id").asLong();
        assertThat(created.header("Location")).isEqualTo("/api/v1/people/" + id);
        assertThat(ada.get("rhythmDays").asInt()).isEqualTo(30);
        assertThat(ada.get("circles").get(0).get("name").asString()).isEqualTo("Monthly");
        assertThat(ada.get("dueOn").asString()).isEqualTo("2026-02-14");

        assertThat(api.get("/api/v1/people/" + id).json()).isEqualTo(ada);

        Api.Reply replaced = api.put("/api/v1/people/" + id, """
                {"name": "Ada King", "emails": ["ada@example.com"], "rhythmDays": 14}
                """);
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(replaced.json().get("company").isNull()).isTrue();
        assertThat(replaced.json().get("circles").size()).isZero();
        assertThat(replaced.json().get("rhythmDays").asInt()).isEqualTo(14);

        Api.Reply changed = api.patch("/api/v1/people/" + id, """
                {"role": "Countess", "topics": ["poetry", "engines"]}
                """);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("name").asString()).isEqualTo("Ada King");
        assertThat(changed.json().get("role").asString()).isEqualTo("Countess");
        assertThat(changed.json().get("emails").get(0).asString()).isEqualTo("ada@example.com");
        assertThat(changed.json().get("rhythmDays").asInt()).isEqualTo(14);

        assertThat(names(api.get("/api/v1/people?q=countess").json())).containsExactly("Ada King");
        assertThat(names(api.get("/api/v1/people?q=engines").json())).containsExactly("Ada King");
        assertThat(names(api.get("/api/v1/people?q=lovelace").json())).isEmpty();

        Api.Reply deleted = api.delete("/api/v1/people/" + id);
        assertThat(deleted.status()).as("like every DELETE into the trash").isEqualTo(200);
        assertThat(deleted.json().get("kind").asString()).isEqualTo("person");
        assertThat(deleted.json().get("restore").asString()).isEqualTo("/api/v1/trash/person/" + id + "/restore");
        assertThat(api.get("/api/v1/people/" + id).status()).isEqualTo(404);
        assertThat(names(api.get("/api/v1/people").json())).isEmpty();
    }

    @Test
    void patchChangesOnlyThePropertiesSentAndNullClearsOne() {
        long id = api.post("/api/v1/people", """
                {"name": "Grace Hopper", "company": "Navy", "location": "Arlington", "rhythmDays": 7}
                """).json().get("id").asLong();

        JsonNode grace = api.patch("/api/v1/people/" + id, """
                {"company": null, "rhythmDays": 21}
                """).json();

        assertThat(grace.get("company").isNull()).isTrue();
        assertThat(grace.get("location").asString()).isEqualTo("Arlington");
        assertThat(grace.get("rhythmDays").asInt()).isEqualTo(21);
        assertThat(api.get("/api/v1/people/" + id).json()).isEqualTo(grace);
    }

    @Test
    void searchIsPagedByName() {
        for (String name : new String[] {"Carol", "Alice", "Bob"}) {
            api.post("/api/v1/people", "{\"name\": \"" + name + "\"}");
        }

        assertThat(names(api.get("/api/v1/people?limit=2").json())).containsExactly("Alice", "Bob");
        assertThat(names(api.get("/api/v1/people?limit=2&offset=2").json())).containsExactly("Carol");
    }

    @Test
    void searchFindsWhoKnowsBestFirstAndPagesThroughThem() {
        api.post("/api/v1/people", "{\"name\": \"Ines Duarte\", \"role\": \"Professor of accounting\"}");
        api.post("/api/v1/people", "{\"name\": \"Zed Note\", \"notes\": \"Studied accounting once.\"}");
        api.post("/api/v1/people", "{\"name\": \"Priya Raman\"}");

        assertThat(names(api.get("/api/v1/people?q=accountant").json())).containsExactly("Ines Duarte", "Zed Note");
        assertThat(names(api.get("/api/v1/people?q=accountant&limit=1&offset=1").json())).containsExactly("Zed Note");
        assertThat(names(api.get("/api/v1/people?q=Pri").json())).containsExactly("Priya Raman");
        assertThat(names(api.get("/api/v1/people?q=Priya%20Ramen").json())).containsExactly("Priya Raman");
    }

    static java.util.List<String> names(JsonNode people) {
        return people.valueStream().map(p -> p.get("name").asString()).toList();
    }
}
