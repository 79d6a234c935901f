package app.kith.web.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.MovableClock;
import app.kith.SharedPostgres;
import app.kith.account.Accounts;
import app.kith.io.ImportResult;
import app.kith.server.Node;
import app.kith.web.WebSession;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An import job runs on one node and is followed from any: its progress bar, its end and its
 * account's isolation are the store's, and a job whose node died says it stopped instead of a bar
 * that never moves.
 */
class ImportJobsOnSeveralNodesTest {

    private static final String PASSWORD = WebSession.PASSWORD;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T05:00:00Z"));
    private final List<Node> nodes = new ArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private HikariDataSource database;

    @BeforeEach
    void aDatabase() {
        database = SharedPostgres.newMigratedDatabase();
    }

    @AfterEach
    void tearDown() throws IOException {
        release.countDown();
        for (Node node : nodes) {
            node.stop();
        }
        database.close();
    }

    @Test
    void aJobRunningOnOneNodeShowsItsProgressThenItsResultOnTheOther() throws Exception {
        Node a = start();
        Node b = start();
        long ada = account(a, "ada@example.com");
        WebSession onB = WebSession.signIn(b.port(), ada, "ada@example.com", PASSWORD, false);

        String id = held(a, ada, false);

        WebSession.Page running = until(() -> onB.htmx("/import/jobs/" + id), p -> p.body().contains("(58%)"));
        assertThat(running.body()).contains("id=\"import-progress\"", "Reading the file: huge.csv (58%)");
        release.countDown();
        WebSession.Page done = until(() -> onB.get("/import/jobs/" + id),
                p -> !p.body().contains("id=\"import-progress\""));
        assertThat(done.body()).contains("What importing huge.csv would do. Nothing is written yet.",
                "3 rows read: 2 people to create, 1 row with nothing new.");
    }

    @Test
    void anotherAccountsJobIsNotFoundOnEitherNode() throws Exception {
        Node a = start();
        Node b = start();
        long ada = account(a, "ada@example.com");
        long eve = account(a, "eve@example.com");
        String id = held(a, ada, true);

        for (Node node : List.of(a, b)) {
            WebSession asEve = WebSession.signIn(node.port(), eve, "eve@example.com", PASSWORD, false);
            assertThat(asEve.get("/import/jobs/" + id).status()).isEqualTo(404);
            assertThat(asEve.htmx("/import/jobs/" + id).status()).isEqualTo(404);
        }
    }

    @Test
    void aJobWhoseNodeDiedReadsAsStoppedOnTheOtherAfterAMinuteAndOffersTheFormAgain() throws Exception {
        Node a = start();
        Node b = start();
        long ada = account(a, "ada@example.com");
        WebSession onB = WebSession.signIn(b.port(), ada, "ada@example.com", PASSWORD, false);
        String id = held(a, ada, true);
        until(() -> onB.htmx("/import/jobs/" + id), p -> p.body().contains("(58%)"));

        clock.advance(Duration.ofMinutes(2));
        Thread.sleep(1_000); // node A beats every 0.2 s meanwhile
        assertThat(onB.htmx("/import/jobs/" + id).body()).as("a slow job on a live node is no stopped one")
                .contains("Reading the file again: huge.csv (58%)");

        a.stop(); // as if killed: its job neither ends nor beats any more
        clock.advance(Duration.ofSeconds(61));

        WebSession.Page poll = onB.htmx("/import/jobs/" + id);
        assertThat(poll.header("HX-Refresh")).as("the bar's last poll").isEqualTo("true");
        WebSession.Page page = onB.get("/import/jobs/" + id);
        assertThat(page.body()).doesNotContain("id=\"import-progress\"")
                .contains("The import stopped: the server running it went away", "Then choose the file again.")
                .contains("name=\"file\"");
    }

    /** A job started on {@code node} that reports 58% read, then waits for the test to let it end. */
    private String held(Node node, long account, boolean applying) throws IOException {
        Path upload = Files.createTempFile("import-", ".upload");
        ImportResult result = new ImportResult(false, "linkedin", 3, 2, 0, 0, 1, List.of(), List.of(), List.of(), 0,
                null, List.of(), 0, List.of(), List.of());
        return node.bean(ImportJobs.class).start(account, "huge.csv", applying, upload, progress -> {
            progress.report("reading", 58, 100);
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return result;
        });
    }

    private static WebSession.Page until(Supplier<WebSession.Page> get, Predicate<WebSession.Page> done)
            throws InterruptedException {
        WebSession.Page page = null;
        for (int i = 0; i < 200; i++) {
            page = get.get();
            if (done.test(page)) {
                return page;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("never came: " + page);
    }

    private long account(Node node, String email) {
        Accounts accounts = node.bean(Accounts.class);
        long id = accounts.create(email, PASSWORD).account().id();
        accounts.setTimeZone(id, "UTC");
        return id;
    }

    private Node start() throws IOException {
        Node node = Node.start(database.getJdbcUrl(), clock, "--kith.imports.job-heartbeat=PT0.2S",
                "--kith.purge.initial-delay=PT1H");
        nodes.add(node);
        if (nodes.size() == 1 && node.bean(Accounts.class).needsSetup()) {
            node.bean(Accounts.class).create("owner@example.com", PASSWORD);
        }
        return node;
    }
}
