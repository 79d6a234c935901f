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

    @Test
    void theNewPeopleAndTodaySettingsChangeAndNullClearsTheDefaultRhythmAndYourName() {
        JsonNode set = api.patch("/api/v1/settings", "{\"defaultRhythmDays\": 90, \"followUpShare\": 40, "
                + "\"replyWindowDays\": 21, \"yourName\": \"Ada Lovelace\"}").json();
        assertThat(set.get("defaultRhythmDays").asInt()).isEqualTo(90);
        assertThat(set.get("followUpShare").asInt()).isEqualTo(40);
        assertThat(set.get("replyWindowDays").asInt()).isEqualTo(21);
        assertThat(set.get("yourName").asString()).isEqualTo("Ada Lovelace");

        JsonNode kept = api.patch("/api/v1/settings", "{\"capacity\": 6}").json();
        assertThat(kept.get("defaultRhythmDays").asInt()).as("left out: unchanged").isEqualTo(90);
        assertThat(kept.get("yourName").asString()).isEqualTo("Ada Lovelace");

        JsonNode cleared = api.patch("/api/v1/settings", "{\"defaultRhythmDays\": null, \"yourName\": null}").json();
        assertThat(cleared.get("defaultRhythmDays").isNull()).isTrue();
        assertThat(cleared.get("yourName").isNull()).isTrue();
        assertThat(api.get("/api/v1/settings").json().get("followUpShare").asInt()).isEqualTo(40);
    }

    @Test
    void aShareOverAHundredPercentIsRefusedNamingTheField() {
        Api.Reply refused = api.patch("/api/v1/settings", "{\"followUpShare\": 150, \"capacity\": 9}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asString()).isEqualTo("followUpShare");
        assertThat(api.get("/api/v1/settings").json().get("capacity").asInt()).isEqualTo(5);
    }
}
