package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Exports are checked before they stream: a refusal is a problem document, never the start of a file. */
@ServerTest
class ExportsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Test
    void aCircleThatIsNotYoursOrDoesNotExistIsNotFoundInEveryFormat() {
        Api owner = Api.signUp(port, accounts);
        Api other = Api.signUp(port, accounts);
        long secret = owner.post("/api/v1/circles", "{\"name\": \"Secret Society\", \"rhythmDays\": 7}").json().get("id").asLong();

        for (String format : List.of("csv", "vcard", "vcard3")) {
            for (String path : List.of("/api/v1/exports/" + format + "?circle=" + secret,
                    "/api/v1/exports/" + format + "?circle=99999999")) {
                Api.Reply reply = other.get(path);
                assertThat(reply.status()).as(path).isEqualTo(404);
                assertThat(reply.isProblem()).as(path).isTrue();
                assertThat(reply.header("Content-Disposition")).as(path).isNull();
            }
            assertThat(owner.get("/api/v1/exports/" + format + "?circle=" + secret).status()).isEqualTo(200);
        }
        Api.Reply json = other.get("/api/v1/exports/json?circle=" + secret);
        assertThat(json.status()).isEqualTo(400);
        assertThat(json.json().get("field").asString()).isEqualTo("circle");
        assertThat(json.header("Content-Disposition")).isNull();
    }
}
