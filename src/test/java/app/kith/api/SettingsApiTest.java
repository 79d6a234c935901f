package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ServerTest
class SettingsApiTest {

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
    void capacityAndTimeZoneChangeTogetherOrAlone() {
        JsonNode both = api.patch("/api/v1/settings", "{\"capacity\": 8, \"timeZone\": \"Europe/Paris\"}").json();
        assertThat(both.get("capacity").asInt()).isEqualTo(8);
        assertThat(both.get("timeZone").asString()).isEqualTo("Europe/Paris");

        api.patch("/api/v1/settings", "{\"capacity\": 3}");

        JsonNode settings = api.get("/api/v1/settings").json();
        assertThat(settings.get("capacity").asInt()).isEqualTo(3);
        assertThat(settings.get("timeZone").asString()).isEqualTo("Europe/Paris");
        assertThat(api.get("/api/v1/today").json().get("capacity").asInt()).isEqualTo(3);
    }

    @Test
    void aBadTimeZoneChangesNeitherSetting() {
        JsonNode before = api.get("/api/v1/settings").json();

        Api.Reply refused = api.patch("/api/v1/settings", "{\"capacity\": 9, \"timeZone\": \"Mars/Olympus\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asString()).isEqualTo("timeZone");
        assertThat(api.get("/api/v1/settings").json()).isEqualTo(before);
    }
}
