package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.Hostile;
import app.kith.account.Accounts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Every request body the API takes, as its OpenAPI document lists them, sent damaged and hostile
 * (JSON of the wrong shape, types and depth; bytes that are no UTF-8; files cut and salted): each
 * is answered, or refused with a 4xx problem that leaves every table as it was. Never a 500.
 */
@ServerTest
class HostileBodiesTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** Bodies sent to each operation: enough to try each kind of damage on most, few enough to stay fast. */
    private static final int EACH = 4;
    private static final List<String> FORMATS = List.of("linkedin", "vcard", "google", "outlook", "csv", "json");
    /**
     * Written by the server's own schedule, whatever a request does; and the audit log, where the
     * first use of a token in each hour is written on a thread of its own, whatever the body was.
     */
    private static final Set<String> NOT_OURS = Set.of("flyway_schema_history", "scheduled_tasks", "audit_event");

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    DataSource dataSource;

    @Test
    void everyBodyTheApiTakesIsAnsweredOrRefusedWithAProblemThatWritesNothing() {
        Api api = Api.signUp(port, accounts);
        String person = api.post("/api/v1/people", "{\"name\": \"Ada Lovelace\", \"emails\": [\"ada@example.com\"]}")
                .json().get("id").asString();
        JsonNode document = Api.JSON.readTree(send("GET", "/api/openapi.json", null, null, null).body());
        Set<String> fields = new TreeSet<>();
        document.path("components").path("schemas").forEach(schema -> fields.addAll(schema.path("properties").propertyNames()));
        Arbitrary<String> json = Hostile.json(List.copyOf(fields));
        Arbitrary<byte[]> files = Hostile.files("First Name,Last Name,Email Address\nAda,Lovelace,ada@example.com\n",
                "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\n Lovelace\r\nEMAIL:ada@example.com\r\nEND:VCARD\r\n",
                "{\"format\": \"kith-export\", \"version\": 1, \"people\": [{\"id\": 1, \"name\": \"Ada\"}]}");
        int sent = 0;
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (String method : List.of("post", "put", "patch")) {
                JsonNode content = path.getValue().path(method).path("requestBody").path("content");
                for (String type : content.propertyNames()) {
                    operations++;
                    Arbitrary<byte[]> bodies = type.contains("json") ? Arbitraries.oneOf(
                            json.map(s -> s.getBytes(StandardCharsets.UTF_8)), files) : files;
                    for (byte[] body : bodies.sampleStream().limit(EACH).toList()) {
                        String target = path.getKey().replace("{format}", FORMATS.get(sent % FORMATS.size()))
                                .replaceAll("\\{[^}]+}", person);
                        answeredOrRefused(api, method.toUpperCase(), target, type, body);
                        sent++;
                    }
                }
            }
        }
        assertThat(operations).as("operations that take a body").isGreaterThanOrEqualTo(25);
        assertThat(sent).isEqualTo(operations * EACH);
    }

    @Test
    void aCompressedBodyIsNeverInflated() throws IOException {
        Api api = Api.signUp(port, accounts);
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(bomb)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) { // 200 MB of zeros in a few hundred KB
                zip.write(zeros);
            }
        }

        for (String path : List.of("/api/v1/imports/linkedin", "/api/v1/imports/json", "/api/v1/people")) {
            Map<String, Long> before = rows();
            HttpResponse<String> r = send("POST", path, path.contains("people") ? "application/json" : "text/csv",
                    bomb.toByteArray(), api.token(), "Content-Encoding", "gzip");
            assertThat(r.statusCode()).as(path + ": " + r.body()).isBetween(400, 499);
            assertThat(rows()).isEqualTo(before);
        }
    }

    private void answeredOrRefused(Api api, String method, String path, String type, byte[] body) {
        Map<String, Long> before = rows();
        HttpResponse<String> r = send(method, path, type, body, api.token());
        String shown = method + " " + path + " with " + preview(body) + " → " + r.statusCode() + " " + r.body();
        assertThat(r.statusCode()).as(shown).isLessThan(500);
        if (r.statusCode() >= 400) {
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(shown).startsWith("application/problem+json");
            assertThat(rows()).as("nothing written by " + shown).isEqualTo(before);
        }
    }

    private HttpResponse<String> send(String method, String path, String type, byte[] body, String token,
                                      String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (type != null) {
            b.header("Content-Type", type);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Long> rows() {
        JdbcClient sql = JdbcClient.create(dataSource);
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : sql.sql("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name")
                .query(String.class).list()) {
            if (!NOT_OURS.contains(table)) {
                rows.put(table, sql.sql("SELECT count(*) FROM " + table).query(Long.class).single());
            }
        }
        return rows;
    }

    private static String preview(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
        return body.length + " bytes \"" + text + (body.length > 300 ? "…" : "") + "\"";
    }
}
