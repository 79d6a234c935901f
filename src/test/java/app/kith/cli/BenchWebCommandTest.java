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

class BenchWebCommandTest {

    static LiveServer server;

    @TempDir
    Path data;

    @BeforeAll
    static void start() throws IOException {
        server = LiveServer.start();
        server.bean(Accounts.class).create("bench@example.com", "bench-password");
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    Cli.Result bench(String password, String... more) {
        String[] line = {"bench", "web", "--base", server.url(""), "--email", "bench@example.com", "--password", password,
                "--requests", "5", "--warmup", "1"};
        String[] all = java.util.Arrays.copyOf(line, line.length + more.length);
        System.arraycopy(more, 0, all, line.length, more.length);
        return new Cli(data).exactly("", all);
    }

    @Test
    void signsInAndReportsTheServersOwnTimeAndTheClientsForEachPage() {
        Cli.Result result = bench("bench-password", "--page", "/login");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).containsPattern("GET /login: server median [0-9.]+ ms · p95 [0-9.]+ ms; "
                + "client median [0-9.]+ ms · p95 [0-9.]+ ms; [0-9,]+ bytes")
                .containsPattern("GET /health: server median");
    }

    @Test
    void aWrongPasswordStopsBeforeMeasuring() {
        Cli.Result result = bench("not-the-password");

        assertThat(result.code()).isEqualTo(Main.REFUSED);
        assertThat(result.err()).contains("signing in as bench@example.com failed");
    }

    @Test
    void aPageThatIsNotThereStopsTheRunWithItsStatus() {
        Cli.Result result = bench("bench-password", "--page", "/no-such-page");

        assertThat(result.code()).isEqualTo(Main.REFUSED);
        assertThat(result.err()).contains("GET " + server.url("/no-such-page") + " answered 404");
    }
}
