package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.touchpoint.Touchpoints;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A token sees its own account's data only: another account's things are not found, not forbidden. */
@ServerTest
class AccountIsolationTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Touchpoints touchpoints;

    Api ada;
    Api other;
    long person;
    long circle;

    @BeforeEach
    void twoAccounts() {
        ada = Api.signUp(port, accounts);
        other = Api.signUp(port, accounts);
        circle = ada.post("/api/v1/circles", "{\"name\": \"Secret Society\", \"rhythmDays\": 7}").json().get("id").asLong();
        person = ada.post("/api/v1/people", """
                {"name": "Zelda Unseen", "circles": ["Secret Society"], "startedOn": "%s"}
                """.formatted(LocalDate.now().minusDays(30))).json().get("id").asLong();
        ada.post("/api/v1/people/" + person + "/touchpoints", "{\"note\": \"private\", \"on\": \"" + LocalDate.now().minusDays(10) + "\"}");
    }

    @Test
    void anotherAccountsPersonIsNotFound() {
        String path = "/api/v1/people/" + person;
        assertNotFound(other.get(path));
        assertNotFound(other.put(path, "{\"name\": \"Taken Over\"}"));
        assertNotFound(other.patch(path, "{\"name\": \"Taken Over\"}"));
        assertNotFound(other.post(path + "/skip", null));
        assertNotFound(other.post(path + "/snooze", "{\"until\": \"" + LocalDate.now().plusDays(9) + "\"}"));
        assertNotFound(other.delete(path));

        var zelda = ada.get(path).json();
        assertThat(zelda.get("name").asString()).isEqualTo("Zelda Unseen");
        assertThat(zelda.get("snoozedUntil").isNull()).isTrue();
    }

    @Test
    void anotherAccountsTouchpointsAreNotFound() {
        String path = "/api/v1/people/" + person + "/touchpoints";
        assertNotFound(other.get(path));
        assertNotFound(other.post(path, "{\"note\": \"sneaky\"}"));

        assertThat(ada.get(path).json().size()).isEqualTo(1);
        assertThat(touchpoints.count(other.accountId())).isZero();
    }

    @Test
    void anotherAccountsCircleIsNotFoundNorUsable() {
        String path = "/api/v1/circles/" + circle;
        assertNotFound(other.get(path));
        assertNotFound(other.patch(path, "{\"name\": \"Mine Now\"}"));
        assertNotFound(other.delete(path));
        assertThat(other.get("/api/v1/circles").json().size()).isZero();

        Api.Reply joining = other.post("/api/v1/people", "{\"name\": \"Eve\", \"circles\": [\"Secret Society\"]}");
        assertThat(joining.status()).isEqualTo(400);
        assertThat(joining.json().get("field").asString()).isEqualTo("circles");

        assertThat(ada.get(path).json().get("name").asString()).isEqualTo("Secret Society");
    }

    @Test
    void anotherAccountsSearchesAndTodayNeverShowThem() {
        assertThat(ada.get("/api/v1/people?q=zelda").json().size()).isEqualTo(1);
        assertThat(ada.get("/api/v1/today").json().get("items").toString()).contains("Zelda Unseen");

        assertThat(other.get("/api/v1/people?q=zelda").json().size()).isZero();
        assertThat(other.get("/api/v1/people").json().size()).isZero();
        var plan = other.get("/api/v1/today?more=10").json();
        assertThat(plan.get("items").size()).isZero();
        assertThat(plan.get("more").size()).isZero();
        assertThat(plan.get("due").asInt()).isZero();
    }

    @Test
    void anotherAccountsTokenCannotBeRevoked() {
        long adasToken = ada.get("/api/v1/tokens").json().get(0).get("id").asLong();

        assertNotFound(other.delete("/api/v1/tokens/" + adasToken));

        assertThat(ada.get("/api/v1/today").status()).isEqualTo(200);
    }

    private static void assertNotFound(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
        assertThat(reply.isProblem()).isTrue();
    }
}
