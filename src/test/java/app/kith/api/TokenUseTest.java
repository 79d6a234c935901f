package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.kith.account.Accounts;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Using a token is a read: when it was last used is written apart, and never fails or holds up the request. */
@ServerTest
class TokenUseTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    ServerTest.Folder folder;

    @Test
    void aReadWithATokenAnswersAtOnceWhileAnotherWriterHoldsTheLock() throws Exception {
        Api api = Api.signUp(port, accounts);
        api.post("/api/v1/people", "{\"name\": \"Ada Lovelace\"}");
        long token = api.get("/api/v1/tokens").json().get(0).get("id").asLong();
        Api fresh = api.withToken(accounts.newToken(api.accountId(), "never used").secret());

        Api.Reply reply;
        long took;
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + folder.path().resolve("kith.db"));
             Statement sql = other.createStatement()) {
            sql.execute("BEGIN IMMEDIATE");
            long start = System.nanoTime();
            reply = fresh.get("/api/v1/people");
            took = (System.nanoTime() - start) / 1_000_000;
            sql.execute("ROLLBACK");
        }

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get(0).get("name").asString()).isEqualTo("Ada Lovelace");
        assertThat(took).as("milliseconds the read took").isLessThan(2_000);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(accounts.tokens(api.accountId()))
                .filteredOn(t -> t.id() != token).singleElement()
                .satisfies(t -> assertThat(t.lastUsedAt()).as("written once the lock is free").isNotNull()));
    }
}
