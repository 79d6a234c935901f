package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.LiveServer;
import app.kith.account.Accounts;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiBenchTest {

    static LiveServer server;
    static String token;

    @TempDir
    Path data;

    @BeforeAll
    static void start() throws IOException {
        server = LiveServer.start();
        Accounts accounts = server.bean(Accounts.class);
        long id = accounts.create("bench@example.com", "bench-password").account().id();
        token = accounts.newToken(id, "bench").secret();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    private Cli.Result bench(String token, String... more) {
        String[] line = {"bench", "api", "--base", server.url(""), "--token", token, "--requests", "5", "--warmup", "1"};
        String[] all = java.util.Arrays.copyOf(line, line.length + more.length);
        System.arraycopy(more, 0, all, line.length, more.length);
        return new Cli(data).exactly("", all);
    }

    @Test
    void timesEachSearchAndAllTogetherAgainstHealth() {
        Cli.Result result = bench(token, "--query", "tax adviser", "--query", "\"data engineering\"");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out())
                .containsPattern("who tax adviser +median [0-9.]+ ms · p95 [0-9.]+ ms · p99 [0-9.]+ ms · ×[0-9.]+ /health")
                .containsPattern("who \"data engineering\" +median")
                .containsPattern("GET /health +median [0-9.]+ ms")
                .containsPattern("all 10 searches: median [0-9.]+ ms · p95 [0-9.]+ ms · p99 [0-9.]+ ms · median ×[0-9.]+ /health");
    }

    @Test
    void timesOtherPathsWithoutTheSearches() {
        Cli.Result result = bench(token, "--path", "/api/v1/insights");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).contains("GET /api/v1/insights").doesNotContain("who ").doesNotContain("searches");
    }

    @Test
    void aServerThatIsNotThereIsSaidPlainly() {
        Cli.Result result = new Cli(data).exactly("", "bench", "api", "--base", "http://127.0.0.1:9", "--token", token);

        assertThat(result.code()).isEqualTo(Main.REFUSED);
        assertThat(result.err()).contains("nothing answers at http://127.0.0.1:9").contains("kith serve");
    }

    @Test
    void aWrongTokenStopsTheRunWithItsStatus() {
        Cli.Result result = bench("kith_wrong");

        assertThat(result.code()).isEqualTo(Main.REFUSED);
        assertThat(result.err()).contains("answered 401").contains("is the token right");
    }
}
