package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** POST /api/v1/people/bulk: one change to many people, by id or by filter, and a bulk delete restored whole. */
@ServerTest
class PeopleBulkApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    Api api;

    @BeforeEach
    void signUp() {
        api = Api.signUp(port, accounts);
    }

    private long add(String json) {
        Api.Reply added = api.post("/api/v1/people", json);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.json().get("id").asLong();
    }

    private JsonNode person(long id) {
        return api.get("/api/v1/people/" + id).json();
    }

    @Test
    void fortyOfEightyImportedPeopleGetARhythmInOneCall() {
        List<Long> ids = IntStream.range(0, 80).mapToObj(i -> add("{\"name\": \"Imported " + i + "\"}")).toList();
        List<Long> forty = ids.subList(0, 40);

        Api.Reply done = api.post("/api/v1/people/bulk", "{\"ids\": " + forty + ", \"action\": \"set-rhythm\", \"rhythmDays\": 45}");

        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().get("action").asString()).isEqualTo("set-rhythm");
        assertThat(done.json().get("selected").asInt()).isEqualTo(40);
        assertThat(done.json().get("changed").asInt()).isEqualTo(40);
        assertThat(done.json().get("batch").isNull()).isTrue();
        assertThat(person(forty.get(39)).get("rhythmDays").asInt()).isEqualTo(45);
        assertThat(person(ids.get(40)).get("rhythmDays").asInt(0)).isNotEqualTo(45);
    }

    @Test
    void everyoneMatchingAFilterJoinsACircleAndIsMarkedAConnector() {
        long ada = add("{\"name\": \"Ada\", \"company\": \"Acme\"}");
        long bob = add("{\"name\": \"Bob\", \"company\": \"Acme\", \"circles\": [\"Monthly\"]}");
        long cy = add("{\"name\": \"Cy\", \"company\": \"Initech\"}");

        JsonNode joined = api.post("/api/v1/people/bulk",
                "{\"filter\": {\"q\": \"acme\"}, \"action\": \"add-to-circle\", \"circle\": \"Monthly\"}").json();
        JsonNode marked = api.post("/api/v1/people/bulk",
                "{\"filter\": {\"circle\": \"monthly\"}, \"action\": \"set-why\", \"connector\": true}").json();

        assertThat(joined.get("selected").asInt()).isEqualTo(2);
        assertThat(joined.get("changed").asInt()).isEqualTo(1);
        assertThat(marked.get("selected").asInt()).isEqualTo(2);
        assertThat(person(ada).get("why").asString()).isEqualTo("connector");
        assertThat(person(bob).get("circles").get(0).get("name").asString()).isEqualTo("Monthly");
        assertThat(person(cy).get("why").isNull()).isTrue();
    }

    @Test
    void aBulkDeleteIsRestoredWholeWithItsBatch() {
        long ada = add("{\"name\": \"Ada\"}");
        long bob = add("{\"name\": \"Bob\"}");

        JsonNode deleted = api.post("/api/v1/people/bulk", "{\"ids\": [" + ada + ", " + bob + "], \"action\": \"delete\"}").json();
        assertThat(api.get("/api/v1/people/" + ada).status()).isEqualTo(404);

        Api.Reply restored = api.post("/api/v1/people/bulk/" + deleted.get("batch").asLong() + "/restore", null);

        assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
        assertThat(restored.json().get("restored").asInt()).isEqualTo(2);
        assertThat(person(bob).get("name").asString()).isEqualTo("Bob");
        assertThat(api.post("/api/v1/people/bulk/" + deleted.get("batch").asLong() + "/restore", null).json()
                .get("restored").asInt()).isZero();
    }

    @Test
    void refusalsNameWhatIsWrongAndChangeNothing() {
        long ada = add("{\"name\": \"Ada\"}");

        assertProblem(api.post("/api/v1/people/bulk", "{\"ids\": [], \"action\": \"delete\"}"), 400, "ids", "Nobody is selected");
        assertProblem(api.post("/api/v1/people/bulk", "{\"filter\": {\"q\": \"zed\"}, \"action\": \"delete\"}"), 400,
                "filter", "Nobody matches");
        assertProblem(api.post("/api/v1/people/bulk", "{\"ids\": [" + ada + "], \"action\": \"add-to-circle\", \"circle\": \"Mentors\"}"),
                400, "circle", "No circle named \"Mentors\"");
        assertProblem(api.post("/api/v1/people/bulk", "{\"ids\": [" + ada + "], \"action\": \"explode\"}"), 400, "action",
                "add-to-circle, remove-from-circle, set-rhythm, set-why, delete");
        assertProblem(api.post("/api/v1/people/bulk", "{\"ids\": [" + ada + "], \"action\": \"set-rhythm\", \"rhythmDays\": 0}"),
                400, "rhythmDays", "at least 1 day");
        assertProblem(api.post("/api/v1/people/bulk", "{\"ids\": [" + ada + "], \"filter\": {}, \"action\": \"delete\"}"),
                400, "filter", "not both");
        assertProblem(api.post("/api/v1/people/bulk", "{\"filter\": {\"circle\": \"Nowhere\"}, \"action\": \"delete\"}"),
                400, "filter.circle", "Nowhere");
        assertThat(person(ada).get("name").asString()).isEqualTo("Ada");
    }

    @Test
    void anotherAccountsPersonIsNotFoundAndNobodyIsDeleted() {
        long ada = add("{\"name\": \"Ada\"}");
        Api other = Api.signUp(port, accounts);
        long theirs = other.post("/api/v1/people", "{\"name\": \"Theirs\"}").json().get("id").asLong();

        Api.Reply refused = api.post("/api/v1/people/bulk", "{\"ids\": [" + ada + ", " + theirs + "], \"action\": \"delete\"}");

        assertThat(refused.status()).isEqualTo(404);
        assertThat(person(ada).get("name").asString()).isEqualTo("Ada");
        assertThat(other.get("/api/v1/people/" + theirs).status()).isEqualTo(200);
    }

    @Test
    void theDocumentDescribesBulkChangesWithASummary() {
        JsonNode doc = Api.anonymous(port).get("/api/openapi.json").json();
        JsonNode bulk = doc.get("paths").get("/api/v1/people/bulk").get("post");

        assertThat(bulk.get("summary").asString()).startsWith("Change many people at once");
        assertThat(doc.get("paths").get("/api/v1/people/bulk/{batch}/restore").get("post").get("summary").asString())
                .contains("Undo a bulk delete");
        assertThat(doc.toString()).contains("remove-from-circle", "rhythmDays");
    }

    private static void assertProblem(Api.Reply reply, int status, String field, String detail) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().get("field").asString()).isEqualTo(field);
        assertThat(reply.json().get("detail").asString()).contains(detail);
    }
}
