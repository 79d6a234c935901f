package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.account.AppPasswords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ServerTest
class AppPasswordsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    AppPasswords appPasswords;

    @Test
    void aDevicesPasswordIsToldOnceListedWithoutItAndRevoked() {
        Api api = Api.signUp(port, accounts);
        Api.Reply made = api.post("/api/v1/app-passwords", "{\"name\": \"Anna's iPhone\"}");
        assertThat(made.status()).isEqualTo(201);
        JsonNode body = made.json();
        String password = body.get("password").asString();
        String email = body.get("userName").asString();
        assertThat(body.get("serverUrl").asString()).endsWith(":" + port + "/dav/");
        assertThat(appPasswords.authenticate(email, password)).isPresent();

        JsonNode listed = api.get("/api/v1/app-passwords").json();
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).get("name").asString()).isEqualTo("Anna's iPhone");
        assertThat(listed.toString()).doesNotContain(password);

        assertThat(api.delete("/api/v1/app-passwords/" + listed.get(0).get("id").asLong()).status()).isEqualTo(204);
        assertThat(appPasswords.authenticate(email, password)).isEmpty();
    }

    @Test
    void aDeviceWithoutANameIsRefusedNamingTheField() {
        Api api = Api.signUp(port, accounts);
        Api.Reply refused = api.post("/api/v1/app-passwords", "{\"name\": \" \"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("name");
    }

    @Test
    void anotherAccountsDeviceIsNotFound() {
        Api ada = Api.signUp(port, accounts);
        Api other = Api.signUp(port, accounts);
        ada.post("/api/v1/app-passwords", "{\"name\": \"laptop\"}");
        long id = ada.get("/api/v1/app-passwords").json().get(0).get("id").asLong();
        assertThat(other.delete("/api/v1/app-passwords/" + id).status()).isEqualTo(404);
        assertThat(ada.get("/api/v1/app-passwords").json().size()).isEqualTo(1);
    }
}
