package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ServerTest
class ImportsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    Api api;
    String connections;

    @BeforeEach
    void signUpWithAnExport() throws IOException {
        api = Api.signUp(port, accounts);
        try (InputStream in = getClass().getResourceAsStream("/io/linkedin/Connections.csv")) {
            connections = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aFileIsPreviewedThenImportedAndTheSameFileAgainCreatesNobody() {
        Api.Reply preview = api.send("POST", "/api/v1/imports/linkedin/preview", connections, "text/csv");
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.json().get("applied").asBoolean()).isFalse();
        assertThat(preview.json().get("created").asInt()).isEqualTo(5);
        JsonNode dropped = preview.json().get("dropped");
        assertThat(dropped.size()).isEqualTo(2);
        assertThat(dropped.get(1).get("line").asInt()).isEqualTo(12);
        assertThat(dropped.get(1).get("name").asString()).isEqualTo("Priya Raman");
        assertThat(dropped.get(1).get("field").asString()).isEqualTo("emails");
        assertThat(dropped.get(1).get("value").asString()).isEqualTo("priya@example");
        assertThat(dropped.get(1).get("why").asString()).isEqualTo("is not an email address");
        assertThat(preview.json().get("droppedCount").asInt()).isEqualTo(2);
        assertThat(api.get("/api/v1/people").json().size()).isZero();

        Api.Reply applied = api.send("POST", "/api/v1/imports/linkedin?circle=Quarterly", connections, "text/csv");
        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
        JsonNode result = applied.json();
        assertThat(result.get("applied").asBoolean()).isTrue();
        assertThat(result.get("skipped").get(0).get("line").asInt()).isEqualTo(8);
        assertThat(result.get("skipped").get(0).get("name").asString()).isEqualTo("https://www.linkedin.com/in/nobody");
        assertThat(api.get("/api/v1/people").json().size()).isEqualTo(5);

        JsonNode again = api.send("POST", "/api/v1/imports/linkedin", connections, "text/csv").json();
        assertThat(again.get("created").asInt()).isZero();
        assertThat(api.get("/api/v1/people").json().size()).isEqualTo(5);
    }

    @Test
    void aFileThatIsNotAnExportOrSentAsAFormIsAProblemNamingTheField() {
        Api.Reply notCsv = api.send("POST", "/api/v1/imports/linkedin", "just some words", "text/plain");
        assertThat(notCsv.status()).isEqualTo(400);
        assertThat(notCsv.isProblem()).isTrue();
        assertThat(notCsv.json().get("field").asString()).isEqualTo("file");
        assertThat(notCsv.json().get("detail").asString()).contains("no line with the columns First Name,Last Name");

        Api.Reply form = api.send("POST", "/api/v1/imports/linkedin", connections, "application/x-www-form-urlencoded");
        assertThat(form.status()).isEqualTo(400);
        assertThat(form.json().get("field").asString()).isEqualTo("Content-Type");
        assertThat(api.send("POST", "/api/v1/imports/myspace", connections, "text/csv").json().get("field").asString())
                .isEqualTo("format");
        assertThat(api.get("/api/v1/people").json().size()).isZero();
    }

    @Test
    void withoutATokenNothingIsImported() {
        Api.Reply anonymous = Api.anonymous(port).send("POST", "/api/v1/imports/linkedin", connections, "text/csv");
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void everyoneIsExportedAsTheyStreamAndAVCardImportsBack() {
        api.send("POST", "/api/v1/imports/linkedin", connections, "text/csv");

        Api.Reply vcf = api.get("/api/v1/exports/vcard");
        assertThat(vcf.status()).as(vcf.toString()).isEqualTo(200);
        assertThat(vcf.contentType()).startsWith("text/vcard");
        assertThat(vcf.header("Content-Disposition")).isEqualTo("attachment; filename=\"kith-people.vcf\"");
        assertThat(vcf.body()).contains("FN:José Núñez");
        Api.Reply csv = api.get("/api/v1/exports/csv");
        assertThat(csv.body()).contains("Name,Emails", "Grace Hopper");

        Api other = Api.signUp(port, accounts);
        JsonNode back = other.send("POST", "/api/v1/imports/vcard", vcf.body(), "text/vcard").json();
        assertThat(back.get("created").asInt()).isEqualTo(5);
        assertThat(other.get("/api/v1/exports/csv").body()).contains("Ada Lovelace,ada@example.com", "Grace Hopper");
        assertThat(api.get("/api/v1/exports/pdf").json().get("field").asString()).isEqualTo("format");
    }

    @Test
    void googleAndPlainCsvFilesAreImportedByTheirPath() throws IOException {
        String google;
        try (InputStream in = getClass().getResourceAsStream("/io/google/google-legacy.csv")) {
            google = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Api.Reply applied = api.send("POST", "/api/v1/imports/google", google, "text/csv");
        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
        assertThat(applied.json().get("created").asInt()).isEqualTo(4);
        assertThat(api.send("POST", "/api/v1/imports/outlook", google, "text/csv").json().get("field").asString())
                .isEqualTo("file");

        String sheet = "Nom,\"Courriel, travail\"\nMarie Curie,marie@example.fr\n";
        Api.Reply mapped = api.send("POST", "/api/v1/imports/csv/preview?map=name:Nom&map=emails:Courriel%2C%20travail",
                sheet, "text/csv");
        assertThat(mapped.status()).as(mapped.toString()).isEqualTo(200);
        assertThat(mapped.json().get("created").asInt()).isEqualTo(1);
        assertThat(mapped.json().get("mapping").get("emails").asString()).isEqualTo("Courriel, travail");
        assertThat(api.send("POST", "/api/v1/imports/csv?map=name", sheet, "text/csv").json().get("field").asString())
                .isEqualTo("map");
        assertThat(api.get("/api/v1/people").json().size()).isEqualTo(4);
    }
}
