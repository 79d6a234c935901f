package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.db.Database;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The morning email's settings through the API, on a server that has no mail server. */
@ServerTest
class MorningEmailApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Database database;

    Api api;

    @BeforeEach
    void signUp() {
        api = Api.signUp(port, accounts);
    }

    @Test
    void anAccountStartsWithTheEmailOffAtSevenInItsTimeZone() {
        api.patch("/api/v1/settings", "{\"timeZone\": \"Europe/Paris\"}");

        JsonNode email = api.get("/api/v1/morning-email").json();

        assertThat(email.get("enabled").asBoolean()).isFalse();
        assertThat(email.get("hour").asInt()).isEqualTo(7);
        assertThat(email.get("timeZone").asString()).isEqualTo("Europe/Paris");
        assertThat(email.get("email").asString()).endsWith("@example.com");
        assertThat(email.get("mailConfigured").asBoolean()).isFalse();
        assertThat(email.get("lastSentAt").isNull()).isTrue();
        assertThat(email.get("failure").isNull()).isTrue();
    }

    @Test
    void theHourChangesAloneAndStays() {
        JsonNode changed = api.patch("/api/v1/morning-email", "{\"hour\": 6}").json();

        assertThat(changed.get("hour").asInt()).isEqualTo(6);
        assertThat(changed.get("enabled").asBoolean()).isFalse();
        assertThat(api.get("/api/v1/morning-email").json().get("hour").asInt()).isEqualTo(6);
    }

    @Test
    void anHourOutsideTheDayIsRefusedNamingTheFieldAndNothingChanges() {
        for (String hour : new String[] {"24", "-1", "null", "\"seven\""}) {
            Api.Reply refused = api.patch("/api/v1/morning-email", "{\"hour\": " + hour + "}");

            assertThat(refused.status()).as(hour).isEqualTo(400);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.json().get("field").asString()).as(hour).isEqualTo("hour");
        }
        assertThat(api.get("/api/v1/morning-email").json().get("hour").asInt()).isEqualTo(7);
    }

    @Test
    void turningItOnWithoutAMailServerIsRefusedSayingSo() {
        Api.Reply refused = api.patch("/api/v1/morning-email", "{\"enabled\": true, \"hour\": 8}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asString()).isEqualTo("enabled");
        assertThat(refused.json().get("detail").asString()).contains("no mail server", "kith.mail.host");
        JsonNode email = api.get("/api/v1/morning-email").json();
        assertThat(email.get("enabled").asBoolean()).isFalse();
        assertThat(email.get("hour").asInt()).as("nothing changed").isEqualTo(7);
    }

    @Test
    void aFailureOfAnEarlierDayIsToldWithTheMailServersWordsAndNoNextTry() {
        Instant failedAt = Instant.parse("2026-03-02T06:00:00Z");
        JdbcClient.create(database.dataSource()).sql("""
                INSERT INTO digest_send (account_id, day, state, claim, claimed_at, attempts, error, failed_at, next_try_at)
                VALUES (?, ?, 'failed', 'a-node', ?, 3, 'Connection refused', ?, ?)
                """).params(api.accountId(), LocalDate.of(2026, 3, 2).toEpochDay(), failedAt.toEpochMilli(),
                failedAt.toEpochMilli(), failedAt.plusSeconds(900).toEpochMilli()).update();

        JsonNode failure = api.get("/api/v1/morning-email").json().get("failure");

        assertThat(Instant.parse(failure.get("at").asString())).isEqualTo(failedAt);
        assertThat(failure.get("error").asString()).isEqualTo("Connection refused");
        assertThat(failure.get("nextTryAt").isNull()).as("its day is over").isTrue();
        assertThat(Api.signUp(port, accounts).get("/api/v1/morning-email").json().get("failure").isNull())
                .as("another account's").isTrue();
    }

    @Test
    void anUnknownPropertyIsRefusedNamingIt() {
        Api.Reply refused = api.patch("/api/v1/morning-email", "{\"minute\": 30}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asString()).isEqualTo("minute");
    }

    @Test
    void anotherAccountsTokenNeitherSeesNorChangesThisAccountsEmail() {
        api.patch("/api/v1/morning-email", "{\"hour\": 5}");
        Api other = Api.signUp(port, accounts);

        JsonNode theirs = other.get("/api/v1/morning-email").json();
        other.patch("/api/v1/morning-email", "{\"hour\": 22}");

        assertThat(theirs.get("hour").asInt()).isEqualTo(7);
        assertThat(theirs.get("email").asString()).isNotEqualTo(api.get("/api/v1/morning-email").json().get("email").asString());
        assertThat(api.get("/api/v1/morning-email").json().get("hour").asInt()).isEqualTo(5);
    }

    @Test
    void withoutATokenNothingIsToldOrChanged() {
        Api anonymous = Api.anonymous(port);

        assertThat(anonymous.get("/api/v1/morning-email").status()).isEqualTo(401);
        assertThat(anonymous.patch("/api/v1/morning-email", "{\"hour\": 3}").status()).isEqualTo(401);
        assertThat(anonymous.post("/api/v1/morning-email/test", null).status()).isEqualTo(401);
    }
}
