package app.kith.web.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import app.kith.db.Database;
import app.kith.web.WebSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An import job always ends, and says how on the page, whatever stopped it; its uploaded file
 * never outlives it. A preview's file waits in the store, an hour at most, for its confirmation.
 */
@ServerTest
class ImportJobsTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    ImportJobs jobs;

    @Autowired
    ImportUploads uploads;

    @Autowired
    PendingImports pending;

    @Autowired
    Database database;

    byte[] connections;
    /** The uploads other tests on this server left waiting. */
    List<Path> before;

    @BeforeEach
    void anExport() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/io/linkedin/Connections.csv")) {
            connections = in.readAllBytes();
        }
        before = List.of();
        before = uploads();
    }

    @Test
    void aJobWhoseWorkDiesOfAnyErrorSaysSoOnThePageAndItsUploadIsRemoved() throws IOException {
        WebSession session = WebSession.signUp(port, accounts);
        for (Throwable death : List.of(new OutOfMemoryError("Java heap space"), new StackOverflowError(),
                new IllegalStateException("the disk is full"))) {
            Path upload = Files.createTempFile(uploads.folder(), "import-", ".upload");
            String id = jobs.start(session.accountId(), "huge.csv", false, upload, progress -> {
                progress.report("reading", 58, 100);
                throw sneaky(death);
            });

            WebSession.Page page = finished(session, "/import/jobs/" + id);

            assertThat(page.body()).as(death.toString()).doesNotContain("Reading the file").contains("role=\"alert\"");
            assertThat(Files.exists(upload)).as(death + ": the upload is removed").isFalse();
            if (death instanceof OutOfMemoryError) {
                assertThat(page.body()).contains("The import stopped: the file needs more memory than the server has");
            } else if (death instanceof StackOverflowError) {
                assertThat(page.body()).contains("The import stopped on an unexpected error, and nothing was written");
            } else {
                assertThat(page.body()).contains("The import stopped on an unexpected error, and nothing was written");
            }
        }
    }

    @Test
    void anUploadIsRemovedOnceItsImportEndsIsRefusedOrIsCancelled() {
        WebSession session = WebSession.signUp(port, accounts);
        session.get("/import");

        WebSession.Page preview = finished(session, session.upload("/import", Map.of("format", "linkedin"), "file",
                "Connections.csv", connections).location());
        assertThat(uploads()).as("previewed: on no node's disk").isEmpty();
        assertThat(waiting(session)).as("waiting for its confirmation in the store").isEqualTo(1);
        finished(session, session.post("/import/confirm", Map.of("token", token(preview.body()))).location());
        assertThat(uploads()).as("imported").isEmpty();
        assertThat(waiting(session)).isZero();

        finished(session, session.upload("/import", Map.of("format", "linkedin"), "file", "notes.txt",
                "just words".getBytes(StandardCharsets.UTF_8)).location());
        assertThat(uploads()).as("refused").isEmpty();
        assertThat(waiting(session)).as("refused").isZero();

        finished(session, session.upload("/import", Map.of("format", "linkedin"), "file", "Connections.csv",
                connections).location());
        finished(session, session.upload("/import", Map.of("format", "linkedin"), "file", "Connections.csv",
                connections).location());
        assertThat(waiting(session)).as("a new preview replaces the last").isEqualTo(1);
        assertThat(session.post("/import/cancel", Map.of()).location()).isEqualTo("/import");
        assertThat(uploads()).as("cancelled").isEmpty();
        assertThat(waiting(session)).as("cancelled").isZero();
    }

    @Test
    void aPreviewNobodyConfirmsIsRemovedAfterAnHour() {
        WebSession session = WebSession.signUp(port, accounts);
        session.get("/import");
        WebSession.Page preview = finished(session, session.upload("/import", Map.of("format", "linkedin"), "file",
                "Connections.csv", connections).location());

        pending.expire();
        assertThat(waiting(session)).as("not an hour old yet").isEqualTo(1);
        sql().sql("UPDATE import_pending SET at = at - :hour WHERE account_id = :account")
                .param("hour", PendingImports.KEEP.toMillis()).param("account", session.accountId()).update();

        assertThat(session.get("/import/jobs/" + token(preview.body())).body()).doesNotContain("name=\"token\"");
        WebSession.Page late = session.post("/import/confirm", Map.of("token", token(preview.body())));
        assertThat(late.status()).isEqualTo(404);
        assertThat(late.errorOf("import-file")).contains("That preview is no longer open", "more than an hour");
        assertThat(pending.expire()).as("swept").isPositive();
        assertThat(waiting(session)).isZero();
    }

    /** The account's previews waiting in the store. */
    private int waiting(WebSession session) {
        return sql().sql("SELECT count(*) FROM import_pending WHERE account_id = :account")
                .param("account", session.accountId()).query(Integer.class).single();
    }

    private JdbcClient sql() {
        return JdbcClient.create(database.dataSource());
    }

    /** The uploads this test left waiting in the server's folder. */
    private List<Path> uploads() {
        try (Stream<Path> files = Files.list(uploads.folder())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".upload") && !before.contains(f)).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The job's page once it no longer runs, as its progress bar would reach it. */
    private static WebSession.Page finished(WebSession session, String job) {
        assertThat(job).startsWith("/import/jobs/");
        for (int i = 0; i < 300; i++) {
            WebSession.Page page = session.get(job);
            if (!page.body().contains("id=\"import-progress\"")) {
                return page;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the job still shows its progress bar: " + job);
    }

    private static String token(String page) {
        Matcher m = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(page);
        return m.find() ? m.group(1) : null;
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
