package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Deleting through the API says where to restore; the trash lists, restores and deletes for good, per account. */
@ServerTest
class TrashApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    Api api;
    long ada;

    @BeforeEach
    void signUp() {
        api = Api.signUp(port, accounts);
        ada = api.post("/api/v1/people", "{\"name\": \"Ada Lovelace\"}").json().get("id").asLong();
    }

    @Test
    void aDeletedAskIsInTheTrashAndComesBackFromIt() {
        long ask = api.post("/api/v1/asks", "{\"personId\": " + ada + ", \"text\": \"An intro to Babbage\"}")
                .json().get("id").asLong();

        Api.Reply deleted = api.delete("/api/v1/asks/" + ask);

        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        assertThat(deleted.json().get("kind").asString()).isEqualTo("ask");
        assertThat(deleted.json().get("label").asString()).isEqualTo("Ada Lovelace: An intro to Babbage");
        assertThat(api.get("/api/v1/asks/" + ask).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/asks").json().size()).isZero();
        JsonNode listed = api.get("/api/v1/trash").json();
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).get("personName").asString()).isEqualTo("Ada Lovelace");

        Api.Reply restored = api.post(deleted.json().get("restore").asString(), "");

        assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
        assertThat(api.get("/api/v1/asks/" + ask).json().get("text").asString()).isEqualTo("An intro to Babbage");
        assertThat(api.get("/api/v1/trash").json().size()).isZero();
        assertThat(api.post("/api/v1/trash/ask/" + ask + "/restore", "").status()).as("twice").isEqualTo(404);
    }

    @Test
    void anIntroductionIsDeletedAndDeletedForGoodFromTheTrash() {
        long grace = api.post("/api/v1/people", "{\"name\": \"Grace Hopper\"}").json().get("id").asLong();
        long intro = api.post("/api/v1/introductions", "{\"personA\": " + ada + ", \"personB\": " + grace
                + ", \"reason\": \"Both build engines\"}").json().get("id").asLong();

        assertThat(api.delete("/api/v1/introductions/" + intro).status()).isEqualTo(200);
        assertThat(api.delete("/api/v1/trash/introduction/" + intro).status()).isEqualTo(204);

        assertThat(api.get("/api/v1/trash").json().size()).isZero();
        assertThat(api.post("/api/v1/trash/introduction/" + intro + "/restore", "").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/introductions/" + intro).status()).isEqualTo(404);
    }

    @Test
    void emptyingTheTrashSaysHowMuchWentForGood() {
        long circle = api.post("/api/v1/circles", "{\"name\": \"Mentors\"}").json().get("id").asLong();
        api.delete("/api/v1/circles/" + circle);
        api.delete("/api/v1/people/" + ada);

        Api.Reply emptied = api.delete("/api/v1/trash");

        assertThat(emptied.status()).as(emptied.toString()).isEqualTo(200);
        assertThat(emptied.json().get("deleted").asInt()).isEqualTo(2);
        assertThat(api.get("/api/v1/trash").json().size()).isZero();
    }

    @Test
    void anotherAccountCannotSeeRestoreOrDeleteYourTrash() {
        long circle = api.post("/api/v1/circles", "{\"name\": \"Mentors\"}").json().get("id").asLong();
        api.delete("/api/v1/circles/" + circle);
        Api other = Api.signUp(port, accounts);

        assertThat(other.get("/api/v1/trash").json().size()).isZero();
        assertThat(other.post("/api/v1/trash/circle/" + circle + "/restore", "").status()).isEqualTo(404);
        assertThat(other.delete("/api/v1/trash/circle/" + circle).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/trash").json().get(0).get("label").asString()).isEqualTo("Mentors (0 people)");
    }

    @Test
    void anUnknownKindIsRefusedNamingIt() {
        Api.Reply refused = api.post("/api/v1/trash/reminder/1/restore", "");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asString()).isEqualTo("kind");
    }
}
