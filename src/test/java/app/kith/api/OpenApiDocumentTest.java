package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document at /api/openapi.json: written to target/openapi.json for the linter that
 * {@code ./kith test} runs after Maven, complete enough for generated clients, and a check of
 * answers that refuses what it does not describe.
 */
@ServerTest
class OpenApiDocumentTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    JsonNode document() {
        return Api.JSON.readTree(Contract.fetch(port));
    }

    @Test
    void documentIsWrittenToTargetForTheLinter() throws IOException {
        String document = Contract.fetch(port);
        Path file = Path.of("target", "openapi.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, document);

        assertThat(Api.JSON.readTree(Files.readString(file)).get("openapi").asString()).startsWith("3.1");
    }

    @Test
    void everyOperationHasASummaryAndAUniqueIdSafeInAUrl() {
        List<String> ids = new ArrayList<>();
        document().get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            String where = operation.getKey().toUpperCase() + " " + path.getKey();
            assertThat(operation.getValue().path("summary").asString("")).as(where).isNotBlank();
            assertThat(operation.getValue().path("operationId").asString("")).as(where).matches("[A-Za-z0-9._~-]+");
            ids.add(operation.getValue().get("operationId").asString());
        }));
        assertThat(ids).hasSizeGreaterThan(30).doesNotHaveDuplicates()
                .contains("people.add", "messageTemplates.list", "circles.list");
        assertThat(document().get("info").get("license").get("identifier").asString()).isNotBlank();
    }

    @Test
    void whatCanBeNullIsDeclaredNullableAndWhatCannotIsNot() {
        JsonNode schemas = document().get("components").get("schemas");
        JsonNode person = schemas.get("Person").get("properties");

        assertThat(types(person.get("birthday"))).containsExactly("string", "null");
        assertThat(types(person.get("rhythmDays"))).containsExactly("integer", "null");
        assertThat(types(person.get("why"))).containsExactly("string", "null");
        assertThat(person.get("why").get("enum").valueStream().map(JsonNode::isNull).toList()).contains(true);
        assertThat(types(person.get("name"))).containsExactly("string");
        assertThat(types(person.get("id"))).containsExactly("integer");
        assertThat(types(person.get("emails"))).containsExactly("array");

        JsonNode balance = schemas.get("Balance").get("properties");
        assertThat(balance.get("last").get("oneOf").get(0).get("$ref").asString()).endsWith("/ReachOut");
        assertThat(balance.get("last").get("oneOf").get(1).get("type").asString()).isEqualTo("null");

        JsonNode ask = schemas.get("Ask").get("properties");
        assertThat(types(ask.get("puntedTo"))).containsExactly("string", "null");
        assertThat(ask.get("person").get("$ref").asString()).endsWith("/PersonRef");
    }

    @Test
    void anAnswerTheDocumentDoesNotDescribeIsRefused() {
        Api api = Api.signUp(port, accounts);
        String ada = api.post("/api/v1/people", "{\"name\": \"Ada Lovelace\"}").body();
        Contract contract = Contract.of(port);

        assertThat(contract.problems("GET", "/api/v1/people/1", 200, "application/json", ada)).isEmpty();
        assertThat(contract.problems("GET", "/api/v1/people/1", 200, "application/json",
                ada.replace("\"birthday\":null", "\"birthday\":1815"))).singleElement().asString()
                .startsWith("/birthday");
        assertThat(contract.problems("GET", "/api/v1/people/1", 200, "application/json",
                ada.replace("\"name\":\"Ada Lovelace\"", "\"name\":null"))).singleElement().asString()
                .startsWith("/name");
        assertThat(contract.problems("GET", "/api/v1/people/1", 418, "application/json", ada)).singleElement()
                .asString().contains("status 418");
        assertThat(contract.problems("GET", "/api/v1/people?q=a", 200, "text/html", "<p>")).singleElement()
                .asString().contains("text/html");
        assertThat(contract.problems("DELETE", "/api/v1/reminders/1", 204, "", "{}")).singleElement().asString()
                .contains("a body");
        assertThat(contract.problems("GET", "/health", 200, "application/json", "[]")).isEmpty();
    }

    private static List<String> types(JsonNode property) {
        JsonNode type = property.get("type");
        return type.isArray() ? type.valueStream().map(JsonNode::asString).toList() : List.of(type.asString());
    }
}
