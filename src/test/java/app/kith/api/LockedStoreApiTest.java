package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.db.DbSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Another program holds the SQLite file's write lock longer than the server waits, while the API
 * writes: every write either is saved and says so, or is refused as busy (503 with Retry-After)
 * and saved nothing; once the lock is gone, writes succeed at once on every pooled connection,
 * and an import that fails part-way still leaves nothing behind.
 */
@SpringBootTest(classes = {app.kith.KithApplication.class, ServerTest.Store.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.level.root=error", "kith.db.lock-wait=1s", "kith.health.write-wait=300ms"})
class LockedStoreApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    DbSettings settings;

    private Connection holdLock() throws Exception {
        Connection other = DriverManager.getConnection(settings.jdbcUrl());
        try (Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
        }
        return other;
    }

    private static void release(Connection other) throws Exception {
        try (Statement s = other.createStatement()) {
            s.execute("ROLLBACK");
        }
        other.close();
    }

    private static String touchpoint(String note) {
        return "{\"channel\":\"call\",\"note\":\"" + note + "\"}";
    }

    private static List<String> notes(Api api, long person) {
        List<String> notes = new ArrayList<>();
        api.get("/api/v1/people/" + person + "/touchpoints?limit=1000").json()
                .forEach(t -> notes.add(t.get("note").asString()));
        return notes;
    }

    @Test
    void aWriteWhileAnotherProgramHoldsTheLockIsSavedOrRefusedAsBusyAndNeverBoth() throws Exception {
        Api api = Api.signUp(port, accounts);
        long person = api.post("/api/v1/people", "{\"name\":\"Ada Lovelace\"}").json().get("id").asLong();
        assertThat(api.get("/api/v1/today").status()).isEqualTo(200);
        assertThat(Api.anonymous(port).get("/health").status()).isEqualTo(200);

        Connection other = holdLock();
        ExecutorService clients = Executors.newFixedThreadPool(12);
        List<Future<Api.Reply>> during = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String note = "during " + i;
            during.add(clients.submit(() -> api.post("/api/v1/people/" + person + "/touchpoints", touchpoint(note))));
        }
        Api.Reply health = Api.anonymous(port).get("/health");
        List<Api.Reply> replies = new ArrayList<>();
        for (Future<Api.Reply> f : during) {
            replies.add(f.get());
        }
        release(other);
        clients.shutdown();

        assertThat(health.status()).isEqualTo(503);
        assertThat(health.body()).contains("DOWN");
        List<String> saved = notes(api, person);
        for (int i = 0; i < replies.size(); i++) {
            Api.Reply reply = replies.get(i);
            assertThat(reply.status()).as(reply.toString()).isIn(201, 503);
            if (reply.status() == 503) {
                assertThat(reply.isProblem()).isTrue();
                assertThat(reply.header("Retry-After")).isEqualTo("5");
                assertThat(reply.json().get("detail").asString()).contains("busy", "Nothing was saved");
                assertThat(saved).doesNotContain("during " + i);
            } else {
                assertThat(saved).contains("during " + i);
            }
        }
        assertThat(replies).anyMatch(r -> r.status() == 503);

        // At once, on every connection of the pool (8): each write says it was saved, and it was.
        for (int i = 0; i < 16; i++) {
            Api.Reply reply = api.post("/api/v1/people/" + person + "/touchpoints", touchpoint("after " + i));
            assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        }
        assertThat(notes(api, person)).contains("after 0", "after 7", "after 15");
        assertThat(Api.anonymous(port).get("/health").status()).isEqualTo(200);
    }

    @Test
    void anImportThatFailsPartWayAfterALockWaitLeavesNothingBehind() throws Exception {
        List<Api> apis = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Api api = Api.signUp(port, accounts);
            assertThat(api.get("/api/v1/today").status()).isEqualTo(200);
            apis.add(api);
        }
        // Every pooled connection times out once on the lock.
        Connection other = holdLock();
        ExecutorService clients = Executors.newFixedThreadPool(10);
        List<Future<Api.Reply>> refused = new ArrayList<>();
        for (Api api : apis) {
            refused.add(clients.submit(() -> api.post("/api/v1/people", "{\"name\":\"Locked Out\"}")));
        }
        for (Future<Api.Reply> f : refused) {
            assertThat(f.get().status()).isEqualTo(503);
        }
        release(other);
        clients.shutdown();
        String export = "{\"format\":\"kith-export\",\"version\":1,\"people\":["
                + "{\"id\":1,\"name\":\"Ada Lovelace\"},{\"id\":2,\"name\":\"Grace Hopper\"}],"
                + "\"touchpoints\":[{\"personId\":1,\"on\":\"2026-01-02\",\"channel\":\"call\",\"direction\":\"out\"},"
                + "{\"personId\":99,\"on\":\"2026-01-03\",\"channel\":\"call\",\"direction\":\"out\"}]}";
        for (Api api : apis) {
            Api.Reply failed = api.send("POST", "/api/v1/imports/json", export, "application/json");
            assertThat(failed.status()).as(failed.toString()).isEqualTo(400);
            assertThat(failed.json().get("detail").asString()).contains("person 99");
            JsonNode people = api.get("/api/v1/people").json();
            assertThat(people.size()).as("people left by a failed import").isZero();
        }
    }
}
