package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ServerTest
class CalendarLinkApiTest {

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
    void anAccountStartsWithoutALink() {
        JsonNode state = api.get("/api/v1/calendar-link").json();

        assertThat(state.get("exists").asBoolean()).isFalse();
        assertThat(state.get("since").isNull()).isTrue();
    }

    @Test
    void aNewLinkIsToldOnceUnderTheServersAddressAndServesTheFeed() throws Exception {
        Api.Reply made = api.post("/api/v1/calendar-link", null);

        assertThat(made.status()).isEqualTo(201);
        String url = made.json().get("url").asString();
        assertThat(url).startsWith("http://127.0.0.1:" + port + "/calendar/").endsWith(".ics");
        assertThat(fetch(url).statusCode()).isEqualTo(200);
        assertThat(fetch(url).body()).startsWith("BEGIN:VCALENDAR");

        Api.Reply state = api.get("/api/v1/calendar-link");
        assertThat(state.json().get("exists").asBoolean()).isTrue();
        assertThat(Instant.parse(state.json().get("since").asString()))
                .isEqualTo(Instant.parse(made.json().get("since").asString()));
        assertThat(state.body()).as("the secret is never told again").doesNotContain(token(url));
    }

    @Test
    void aNewLinkStopsTheOldOne() throws Exception {
        String old = api.post("/api/v1/calendar-link", null).json().get("url").asString();

        String renewed = api.post("/api/v1/calendar-link", null).json().get("url").asString();

        assertThat(renewed).isNotEqualTo(old);
        assertThat(fetch(old).statusCode()).isEqualTo(404);
        assertThat(fetch(renewed).statusCode()).isEqualTo(200);
    }

    @Test
    void turningTheLinkOffStopsItAndSaysSo() throws Exception {
        String url = api.post("/api/v1/calendar-link", null).json().get("url").asString();

        Api.Reply off = api.delete("/api/v1/calendar-link");

        assertThat(off.status()).isEqualTo(204);
        assertThat(fetch(url).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/calendar-link").json().get("exists").asBoolean()).isFalse();
        assertThat(api.delete("/api/v1/calendar-link").status()).as("off already: nothing to do").isEqualTo(204);
    }

    @Test
    void anotherAccountNeitherSeesNorTurnsOffThisAccountsLink() throws Exception {
        String url = api.post("/api/v1/calendar-link", null).json().get("url").asString();
        Api other = Api.signUp(port, accounts);

        assertThat(other.get("/api/v1/calendar-link").json().get("exists").asBoolean()).isFalse();
        assertThat(other.delete("/api/v1/calendar-link").status()).isEqualTo(204);
        other.post("/api/v1/calendar-link", null);

        assertThat(fetch(url).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/calendar-link").json().get("exists").asBoolean()).isTrue();
    }

    @Test
    void withoutATokenNothingIsToldOrMade() {
        Api anonymous = Api.anonymous(port);

        assertThat(anonymous.get("/api/v1/calendar-link").status()).isEqualTo(401);
        assertThat(anonymous.post("/api/v1/calendar-link", null).status()).isEqualTo(401);
        assertThat(anonymous.delete("/api/v1/calendar-link").status()).isEqualTo(401);
    }

    private static String token(String url) {
        return url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
    }

    private static HttpResponse<String> fetch(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
