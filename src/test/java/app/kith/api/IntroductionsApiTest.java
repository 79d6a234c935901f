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

/** /api/v1/introductions: propose, list, read, move on by steps, suggestions; every refusal a problem naming the field. */
@ServerTest
class IntroductionsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Clock clock;

    Api api;
    long sam;
    long priya;
    LocalDate today;

    @BeforeEach
    void samAndPriya() {
        api = Api.signUp(port, accounts);
        today = accounts.byId(api.accountId()).today(clock);
        sam = person("""
                {"name": "Sam Okafor", "topics": ["python"], "lookingFor": ["Data Engineering", "hiring"]}""");
        priya = person("""
                {"name": "Priya Raman", "topics": ["data engineering", "Hiring"]}""");
    }

    private long person(String json) {
        Api.Reply reply = api.post("/api/v1/people", json);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    private long propose(LocalDate on) {
        Api.Reply created = api.post("/api/v1/introductions", """
                {"personA": %d, "personB": %d, "reason": "Priya is hiring; Sam is looking", "on": "%s"}
                """.formatted(sam, priya, on));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private Api.Reply step(long id, String json) {
        return api.post("/api/v1/introductions/" + id + "/steps", json);
    }

    private JsonNode stepped(long id, String json) {
        Api.Reply reply = step(id, json);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private static void assertProblem(Api.Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.isProblem()).as(reply.toString()).isTrue();
        assertThat(reply.json().get("detail").asString()).isNotBlank();
        if (field == null) {
            assertThat(reply.json().has("field")).as(reply.toString()).isFalse();
        } else {
            assertThat(reply.json().get("field").asString()).as(reply.toString()).isEqualTo(field);
        }
    }

    @Test
    void anIntroductionIsProposedReadAndListed() {
        Api.Reply created = api.post("/api/v1/introductions", """
                {"personA": %d, "personB": %d, "reason": "Priya is hiring; Sam is looking"}
                """.formatted(sam, priya));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode intro = created.json();
        long id = intro.get("id").asLong();
        assertThat(created.header("Location")).isEqualTo("/api/v1/introductions/" + id);
        assertThat(intro.get("personA").get("id").asLong()).isEqualTo(sam);
        assertThat(intro.get("personA").get("name").asString()).isEqualTo("Sam Okafor");
        assertThat(intro.get("personB").get("name").asString()).isEqualTo("Priya Raman");
        assertThat(intro.get("state").asString()).isEqualTo("proposed");
        assertThat(intro.get("proposedOn").asString()).isEqualTo(today.toString());
        assertThat(api.get("/api/v1/introductions/" + id).json()).isEqualTo(intro);
        assertThat(api.get("/api/v1/introductions").json().size()).isEqualTo(1);
        assertThat(api.get("/api/v1/introductions?open=true&personId=" + priya).json().size()).isEqualTo(1);
        assertThat(api.get("/api/v1/introductions?open=false").json().size()).isZero();
        assertThat(api.get("/api/v1/introductions?state=met").json().size()).isZero();
    }

    @Test
    void stepsTakeAnIntroductionFromTheOptInToHowItWent() {
        long id = propose(today.minusDays(20));

        stepped(id, "{\"step\": \"asked\", \"personId\": %d, \"on\": \"%s\", \"channel\": \"email\"}"
                .formatted(sam, today.minusDays(19)));
        stepped(id, "{\"step\": \"asked\", \"personId\": %d, \"on\": \"%s\"}".formatted(priya, today.minusDays(19)));
        stepped(id, "{\"step\": \"agreed\", \"personId\": %d, \"on\": \"%s\"}".formatted(sam, today.minusDays(18)));
        JsonNode agreed = stepped(id, "{\"step\": \"agreed\", \"personId\": %d, \"on\": \"%s\", \"note\": \"keen\"}"
                .formatted(priya, today.minusDays(18)));
        assertThat(agreed.get("personB").get("answer").asString()).isEqualTo("agreed");
        assertThat(agreed.get("personB").get("answeredOn").asString()).isEqualTo(today.minusDays(18).toString());

        JsonNode introduced = stepped(id, "{\"step\": \"introduced\", \"channel\": \"email\", \"on\": \"%s\"}"
                .formatted(today.minusDays(14)));
        assertThat(introduced.get("state").asString()).isEqualTo("introduced");
        assertThat(introduced.get("channel").asString()).isEqualTo("email");
        assertThat(api.get("/api/v1/people/" + priya + "/touchpoints").json().get(0).get("note").asString())
                .isEqualTo("Introduced to Sam Okafor");

        JsonNode today14 = api.get("/api/v1/today").json().get("items").get(0);
        assertThat(today14.get("kind").asString()).isEqualTo("intro");
        assertThat(today14.get("reason").asString()).isEqualTo("Did Sam and Priya meet? You introduced them 14 days ago.");
        assertThat(today14.get("introduction").get("id").asLong()).isEqualTo(id);

        JsonNode met = stepped(id, "{\"step\": \"outcome\", \"outcome\": \"met\"}");
        assertThat(met.get("state").asString()).isEqualTo("met");
        assertThat(met.get("closedOn").asString()).isEqualTo(today.toString());
        assertThat(met.get("steps").size()).isEqualTo(7);
        assertThat(api.get("/api/v1/today").json().get("items").get(0).get("done").asBoolean()).isTrue();
    }

    @Test
    void everyIllegalProposalIsAProblemNamingTheField() {
        long id = propose(today);

        assertProblem(api.post("/api/v1/introductions", "{\"personA\": %d, \"personB\": %d, \"reason\": \"self\"}"
                .formatted(sam, sam)), 400, "personB");
        assertProblem(api.post("/api/v1/introductions", "{\"personA\": %d, \"personB\": %d, \"reason\": \"again\"}"
                .formatted(priya, sam)), 409, "personB");
        assertProblem(api.post("/api/v1/introductions", "{\"personA\": %d, \"personB\": %d}"
                .formatted(sam, priya)), 400, "reason");
        assertProblem(api.post("/api/v1/introductions", "{\"personB\": %d, \"reason\": \"x\"}".formatted(priya)),
                400, "personA");
        assertProblem(api.post("/api/v1/introductions", "{\"personA\": %d, \"personB\": 999999, \"reason\": \"x\"}"
                .formatted(sam)), 404, null);
        assertProblem(api.post("/api/v1/introductions", "{\"personA\": %d, \"personB\": %d, \"reason\": \"x\", \"on\": \"soon\"}"
                .formatted(sam, priya)), 400, "on");
        assertThat(api.get("/api/v1/introductions").json().size()).isEqualTo(1);
        assertThat(api.get("/api/v1/introductions/" + id).json().get("steps").size()).isEqualTo(1);
    }

    @Test
    void everyIllegalStepIsAProblemAndChangesNothing() {
        long id = propose(today.minusDays(3));
        JsonNode before = api.get("/api/v1/introductions/" + id).json();

        assertProblem(step(id, "{\"step\": \"introduced\"}"), 409, "step");
        assertProblem(step(id, "{\"step\": \"agreed\", \"personId\": %d}".formatted(sam)), 409, "personId");
        assertProblem(step(id, "{\"step\": \"outcome\", \"outcome\": \"met\"}"), 409, "step");
        assertProblem(step(id, "{\"step\": \"waved\"}"), 400, "step");
        assertProblem(step(id, "{\"step\": \"asked\"}"), 400, "personId");
        assertProblem(step(id, "{\"step\": \"outcome\", \"outcome\": \"married\"}"), 400, "outcome");
        assertProblem(step(id, "{\"step\": \"asked\", \"personId\": %d, \"on\": \"%s\"}"
                .formatted(sam, today.minusDays(4))), 400, "on");
        assertProblem(step(id, "{\"step\": \"asked\", \"personId\": %d, \"channel\": \"pigeon\"}".formatted(sam)),
                400, "channel");
        assertProblem(step(999_999, "{\"step\": \"asked\", \"personId\": %d}".formatted(sam)), 404, null);
        assertThat(api.get("/api/v1/introductions/" + id).json()).isEqualTo(before);
        assertThat(api.get("/api/v1/people/" + sam + "/touchpoints").json().size()).isZero();

        stepped(id, "{\"step\": \"asked\", \"personId\": %d}".formatted(sam));
        stepped(id, "{\"step\": \"declined\", \"personId\": %d}".formatted(sam));
        JsonNode closed = api.get("/api/v1/introductions/" + id).json();

        assertProblem(step(id, "{\"step\": \"asked\", \"personId\": %d}".formatted(priya)), 409, "step");
        assertThat(api.get("/api/v1/introductions/" + id).json()).isEqualTo(closed);
    }

    @Test
    void suggestionsNameWhoKnowsWhatAPersonIsLookingFor() {
        Api.Reply reply = api.get("/api/v1/people/" + sam + "/introduction-suggestions");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode suggestion = reply.json().get(0);
        assertThat(reply.json().size()).isEqualTo(1);
        assertThat(suggestion.get("personId").asLong()).isEqualTo(priya);
        assertThat(suggestion.get("name").asString()).isEqualTo("Priya Raman");
        assertThat(suggestion.get("reason").asString())
                .isEqualTo("Priya knows about Data Engineering and hiring, which Sam is looking for");
        assertProblem(api.get("/api/v1/people/999999/introduction-suggestions"), 404, null);
    }

    @Test
    void anotherAccountsIntroductionIsNotFound() {
        long id = propose(today);
        Api other = Api.signUp(port, accounts);

        assertProblem(other.get("/api/v1/introductions/" + id), 404, null);
        assertProblem(other.post("/api/v1/introductions/" + id + "/steps",
                "{\"step\": \"asked\", \"personId\": %d}".formatted(sam)), 404, null);
        assertProblem(other.get("/api/v1/people/" + sam + "/introduction-suggestions"), 404, null);
        assertProblem(other.post("/api/v1/introductions", "{\"personA\": %d, \"personB\": %d, \"reason\": \"x\"}"
                .formatted(sam, priya)), 404, null);
        assertThat(other.get("/api/v1/introductions").json().size()).isZero();
        assertThat(api.get("/api/v1/introductions/" + id).json().get("steps").size()).isEqualTo(1);
    }
}
