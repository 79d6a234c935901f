package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ServerTest
class ApiSecurityTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Test
    void withoutATokenTheApiAnswers401WithABearerChallenge() {
        for (String path : new String[] {"/api/v1/today", "/api/v1/people", "/api/v1/people/1", "/api/v1/no-such-thing"}) {
            Api.Reply reply = Api.anonymous(port).get(path);

            assertThat(reply.status()).as(path).isEqualTo(401);
            assertThat(reply.isProblem()).as(reply.toString()).isTrue();
            assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
            assertThat(reply.json().get("detail").asString()).contains("token");
        }
    }

    @Test
    void anUnknownOrMalformedTokenIs401AndWritesNothing() {
        Api owner = Api.signUp(port, accounts);
        int before = owner.get("/api/v1/people").json().size();

        for (String token : new String[] {"kith_not-a-real-token", "not-even-kith", ""}) {
            Api.Reply reply = owner.withToken(token).post("/api/v1/people", "{\"name\": \"Mallory\"}");

            assertThat(reply.status()).as(token).isEqualTo(401);
            assertThat(reply.isProblem()).isTrue();
            assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
        }
        assertThat(owner.get("/api/v1/people").json().size()).isEqualTo(before);
    }

    @Test
    void aRevokedTokenStopsWorking() {
        Api api = Api.signUp(port, accounts);
        JsonNode tokens = api.get("/api/v1/tokens").json();
        assertThat(tokens.size()).isEqualTo(1);
        assertThat(tokens.get(0).has("secret")).isFalse();

        assertThat(api.delete("/api/v1/tokens/" + tokens.get(0).get("id").asLong()).status()).isEqualTo(204);

        assertThat(api.get("/api/v1/today").status()).isEqualTo(401);
    }

    @Test
    void theApiKeepsNoSession() {
        Api.Reply reply = Api.signUp(port, accounts).get("/api/v1/today");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Set-Cookie")).isNull();
    }

    @Test
    void healthNeedsNoToken() {
        Api.Reply health = Api.anonymous(port).get("/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void theOpenApiDocumentNeedsNoTokenAndDescribesTheBearerTokenAndProblems() {
        Api.Reply reply = Api.anonymous(port).get("/api/openapi.json");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode doc = reply.json();
        assertThat(doc.get("openapi").asString()).startsWith("3.");
        assertThat(doc.get("paths").propertyNames()).contains("/api/v1/people", "/api/v1/people/{id}",
                "/api/v1/people/{id}/touchpoints", "/api/v1/people/{id}/skip", "/api/v1/people/{id}/snooze",
                "/api/v1/circles", "/api/v1/circles/{id}", "/api/v1/today", "/api/v1/settings");
        assertThat(doc.at("/components/securitySchemes/token/scheme").asString()).isEqualTo("bearer");
        assertThat(doc.at("/security/0").has("token")).isTrue();
        assertThat(doc.at("/components/responses/BadRequest/content").has("application/problem+json")).isTrue();
        assertThat(doc.at("/paths/~1api~1v1~1people/post/responses/400/$ref").asString())
                .isEqualTo("#/components/responses/BadRequest");
        assertThat(doc.at("/paths/~1api~1v1~1people~1{id}/get/responses/404/$ref").asString())
                .isEqualTo("#/components/responses/NotFound");
        assertThat(doc.at("/paths/~1api~1v1~1people/post/responses/413/$ref").asString())
                .isEqualTo("#/components/responses/TooLarge");
        assertThat(doc.at("/paths/~1api~1v1~1people/get/responses").has("413")).isFalse();
        assertThat(doc.at("/components/schemas/Problem/properties").has("field")).isTrue();
        // The signed-in account is the token's, never a parameter a caller could set.
        assertThat(doc.at("/paths/~1api~1v1~1today/get/parameters").valueStream().map(p -> p.get("name").asString()))
                .containsExactlyInAnyOrder("date", "more");
    }
}
