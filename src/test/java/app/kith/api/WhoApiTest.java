package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ServerTest
class WhoApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    Api api;
    long priya;

    @BeforeEach
    void signUp() {
        api = Api.signUp(port, accounts);
        priya = api.post("/api/v1/people", "{\"name\": \"Priya Raman\", \"role\": \"Tax adviser\", \"why\": \"awesome\","
                + " \"topics\": [\"VAT\"]}").json().get("id").asLong();
        api.post("/api/v1/people", "{\"name\": \"Sam Okafor\", \"role\": \"Chef\", \"location\": \"Lagos\","
                + " \"notes\": \"His sister is a tax lawyer.\"}");
    }

    @Test
    void whoAnswersBestFirstWithWhyAndLastTouch() {
        Api.Reply reply = api.get("/api/v1/who?q=tax%20advisers");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);

        JsonNode found = reply.json();
        assertThat(found.size()).isEqualTo(1);
        assertThat(found.get(0).get("person").get("id").asLong()).isEqualTo(priya);
        assertThat(found.get(0).get("why").get(0).get("field").asString()).isEqualTo("role");
        assertThat(found.get(0).get("lastTouchOn").isNull()).isTrue();
        assertThat(api.get("/api/v1/who?q=tax").json().size()).isEqualTo(2);
    }

    @Test
    void filtersNarrowAndBadOnesAreProblems() {
        assertThat(api.get("/api/v1/who?q=tax&location=lagos").json().get(0).get("person").get("name").asString())
                .isEqualTo("Sam Okafor");
        assertThat(api.get("/api/v1/who?q=tax&why=awesome&limit=5").json().size()).isEqualTo(1);
        assertThat(api.get("/api/v1/who?q=tax&why=famous").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/who?q=tax&circle=Nope").status()).isEqualTo(404);
    }

    @Test
    void hostileTextIsJustText() {
        assertThat(api.get("/api/v1/who?q=%22%20NEAR%20*%20%3A%20%26%7C!").status()).isEqualTo(200);
    }
}
