package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ServerTest
class CirclesApiTest {

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
    void circleIsCreatedRenamedAndDeleted() {
        Api.Reply created = api.post("/api/v1/circles", "{\"name\": \"Mentors\", \"rhythmDays\": 45}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.header("Location")).isEqualTo("/api/v1/circles/" + id);

        JsonNode renamed = api.patch("/api/v1/circles/" + id, "{\"name\": \"Guides\"}").json();
        assertThat(renamed.get("name").asString()).isEqualTo("Guides");
        assertThat(renamed.get("rhythmDays").asInt()).isEqualTo(45);
        assertThat(api.get("/api/v1/circles").json().valueStream().map(c -> c.get("name").asString()))
                .containsExactly("Guides");

        assertThat(api.delete("/api/v1/circles/" + id).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/circles/" + id).status()).isEqualTo(404);
    }

    @Test
    void aCirclesRhythmIsItsMembersRhythmUntilItIsCleared() {
        long circle = api.post("/api/v1/circles", "{\"name\": \"Clients\", \"rhythmDays\": 60}").json().get("id").asLong();
        long person = api.post("/api/v1/people", "{\"name\": \"Ada\", \"circles\": [\"clients\"]}").json().get("id").asLong();
        assertThat(api.get("/api/v1/people/" + person).json().get("rhythmDays").asInt()).isEqualTo(60);

        api.patch("/api/v1/circles/" + circle, "{\"rhythmDays\": 20}");
        assertThat(api.get("/api/v1/people/" + person).json().get("rhythmDays").asInt()).isEqualTo(20);

        JsonNode cleared = api.patch("/api/v1/circles/" + circle, "{\"rhythmDays\": null}").json();
        assertThat(cleared.get("rhythmDays").isNull()).isTrue();
        assertThat(cleared.get("name").asString()).isEqualTo("Clients");
        assertThat(api.get("/api/v1/people/" + person).json().get("rhythmDays").isNull()).isTrue();
    }

    @Test
    void aTakenNameIsAConflictNamingTheField() {
        api.post("/api/v1/circles", "{\"name\": \"Mentors\"}");
        long other = api.post("/api/v1/circles", "{\"name\": \"Friends\"}").json().get("id").asLong();

        Api.Reply again = api.post("/api/v1/circles", "{\"name\": \"mentors\"}");
        Api.Reply rename = api.patch("/api/v1/circles/" + other, "{\"name\": \"MENTORS\"}");

        for (Api.Reply reply : new Api.Reply[] {again, rename}) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
            assertThat(reply.isProblem()).isTrue();
            assertThat(reply.json().get("field").asString()).isEqualTo("name");
        }
        assertThat(api.get("/api/v1/circles").json().size()).isEqualTo(2);
        assertThat(api.get("/api/v1/circles/" + other).json().get("name").asString()).isEqualTo("Friends");
    }
}
