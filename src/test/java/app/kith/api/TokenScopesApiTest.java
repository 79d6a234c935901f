package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.kith.account.Accounts;
import app.kith.account.TokenScope;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ServerTest
class TokenScopesApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    private Api reader(Api writer) {
        return writer.withToken(accounts.newToken(writer.accountId(), "reader", TokenScope.READ, null).secret());
    }

    @Test
    void aReadTokenReadsButAnythingElseIs403NamingItsScopeAndWritesNothing() {
        Api writer = Api.signUp(port, accounts);
        Api reader = reader(writer);

        assertThat(reader.get("/api/v1/people").status()).isEqualTo(200);
        assertThat(reader.send("HEAD", "/api/v1/today", null).status()).isEqualTo(200);
        for (Api.Reply refused : new Api.Reply[] {reader.post("/api/v1/people", "{\"name\": \"Mallory\"}"),
                reader.delete("/api/v1/tokens/" + accounts.tokens(writer.accountId()).get(0).id()),
                reader.patch("/api/v1/settings", "{\"capacity\": 9}")}) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.json().get("detail").asString()).contains("scope is read", "scope write");
            assertThat(refused.json().get("scope").asString()).isEqualTo("read");
        }
        assertThat(writer.get("/api/v1/people").json().size()).isZero();
        assertThat(accounts.tokens(writer.accountId())).hasSize(2);
        assertThat(writer.post("/api/v1/people", "{\"name\": \"Ada\"}").status()).isEqualTo(201);
    }

    @Test
    void anExpiredTokenIs401SayingItExpired() {
        Api writer = Api.signUp(port, accounts);
        Instant ends = Instant.now().plusMillis(1500).truncatedTo(ChronoUnit.MILLIS);
        Api ending = writer.withToken(accounts.newToken(writer.accountId(), "brief", TokenScope.WRITE, ends).secret());
        assertThat(ending.get("/api/v1/today").status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(ends));
        Api.Reply refused = ending.get("/api/v1/today");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("detail").asString()).contains("expired on " + ends);
        assertThat(refused.header("WWW-Authenticate")).contains("invalid_token");
    }

    @Test
    void tokensAreListedWithScopeAndEndAndMadeThroughTheApiNoLongerThanTheTokenMakingThem() {
        Api writer = Api.signUp(port, accounts);

        Api.Reply made = writer.post("/api/v1/tokens", "{\"name\": \"nightly\", \"scope\": \"read\", \"expiresInDays\": 30}");
        assertThat(made.status()).isEqualTo(201);
        assertThat(made.json().get("secret").asString()).startsWith("kith_");
        JsonNode token = made.json().get("token");
        assertThat(token.get("scope").asString()).isEqualTo("read");
        assertThat(Instant.parse(token.get("expiresAt").asString())).isAfter(Instant.now().plus(Duration.ofDays(29)));

        JsonNode listed = writer.get("/api/v1/tokens").json();
        assertThat(listed.get(0).get("scope").asString()).isEqualTo("write");
        assertThat(listed.get(0).get("expiresAt").isNull()).isTrue();
        assertThat(listed.get(1).get("name").asString()).isEqualTo("nightly");

        Api ending = writer.withToken(accounts.newToken(writer.accountId(), "ending", TokenScope.WRITE,
                Instant.now().plus(Duration.ofDays(7))).secret());
        Api.Reply forever = ending.post("/api/v1/tokens", "{\"name\": \"forever\"}");
        assertThat(forever.status()).isEqualTo(400);
        assertThat(forever.json().get("field").asString()).isEqualTo("expiresAt");
        assertThat(ending.post("/api/v1/tokens", "{\"name\": \"x\", \"scope\": \"admin\", \"expiresInDays\": 1}").json().get("field").asString())
                .isEqualTo("scope");
        assertThat(accounts.tokens(writer.accountId())).extracting(t -> t.name()).doesNotContain("forever", "x");
    }

    @Test
    void theAuditLogShowsTheAccountsOwnEventsOnly() {
        Api a = Api.signUp(port, accounts);
        Api b = Api.signUp(port, accounts);
        long person = a.post("/api/v1/people", "{\"name\": \"Ada Lovelace\"}").json().get("id").asLong();
        assertThat(a.delete("/api/v1/people/" + person).status()).isEqualTo(200);

        JsonNode mine = a.get("/api/v1/audit?limit=10").json();
        JsonNode theirs = b.get("/api/v1/audit").json();

        assertThat(mine.get("events").valueStream().map(e -> e.get("kind").asString()))
                .contains("delete", "token-created");
        JsonNode deleted = mine.get("events").valueStream().filter(e -> e.get("kind").asString().equals("delete"))
                .findFirst().orElseThrow();
        assertThat(deleted.get("detail").asString()).isEqualTo("deleted 1 person");
        assertThat(deleted.get("ip").asString()).isEqualTo("127.0.0.1");
        assertThat(theirs.get("events").valueStream().map(e -> e.get("kind").asString())).doesNotContain("delete");
        assertThat(a.get("/api/v1/audit?limit=0").status()).isEqualTo(400);
    }

    @Test
    void aTokensUseIsInTheAuditLogOnce() {
        Api api = Api.signUp(port, accounts);
        for (int i = 0; i < 5; i++) {
            api.get("/api/v1/today");
        }

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(api.get("/api/v1/audit").json()
                .get("events").valueStream().filter(e -> e.get("kind").asString().equals("token-used")).toList())
                .singleElement().satisfies(e -> {
                    assertThat(e.get("detail").asString()).isEqualTo("token “test”");
                    assertThat(e.get("agent").asString()).startsWith("Java-http-client");
                }));
    }
}
