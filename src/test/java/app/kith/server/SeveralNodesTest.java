package app.kith.server;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.MovableClock;
import app.kith.SharedPostgres;
import app.kith.account.Accounts;
import app.kith.digest.Digests;
import app.kith.person.People;
import app.kith.person.PeopleQuery;
import app.kith.person.PersonDraft;
import app.kith.web.WebSession;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two real server nodes on one PostgreSQL, as behind a load balancer: what one does, the other
 * sees, because nothing of it is kept in a node's memory. A browser's session (the same cookie)
 * works on both and ends on both; the scheduler runs a job once between them; an import made on
 * one is there on the other, one previewed on one is confirmed on the other, and the import page
 * follows a job from either node.
 */
class SeveralNodesTest {

    private static final String PASSWORD = WebSession.PASSWORD;
    private static final String METRICS_TOKEN = "a-metrics-token-for-the-test";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T05:00:00Z"));
    private final List<Node> nodes = new ArrayList<>();
    private HikariDataSource database;
    private GreenMail smtp;
    private int smtpPort;

    @BeforeEach
    void setUp() throws IOException {
        database = SharedPostgres.newMigratedDatabase();
        try (ServerSocket s = new ServerSocket(0)) {
            smtpPort = s.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void tearDown() throws IOException {
        for (Node node : nodes) {
            node.stop();
        }
        smtp.stop();
        database.close();
    }

    @Test
    void aSessionMadeOnOneNodeWorksOnTheOtherAndSigningOutThereEndsItOnBoth() throws IOException {
        Node a = start();
        Node b = start();
        long id = account(a, "ada@example.com");
        WebSession onA = WebSession.signIn(a.port(), id, "ada@example.com", PASSWORD, false);
        String cookie = onA.cookie("JSESSIONID");

        WebSession onB = WebSession.withCookie(b.port(), "JSESSIONID", cookie);
        WebSession.Page today = onB.get("/today");
        assertThat(today.status()).as("the session signed in on A, on B").isEqualTo(200);

        assertThat(onB.post("/logout", Map.of()).location()).isEqualTo("/login?signed-out");
        assertThat(onA.get("/today").location()).as("signed out on B, so on A too").startsWith("/login");
        assertThat(WebSession.withCookie(b.port(), "JSESSIONID", cookie).get("/today").location()).startsWith("/login");
    }

    @Test
    void aPasswordChangedOnOneNodeSignsOutTheOtherBrowsersOnEveryNode() throws IOException {
        Node a = start();
        Node b = start();
        long id = account(a, "ada@example.com");
        WebSession here = WebSession.signIn(a.port(), id, "ada@example.com", PASSWORD, false);
        WebSession elsewhere = WebSession.signIn(b.port(), id, "ada@example.com", PASSWORD, false);
        assertThat(elsewhere.get("/today").status()).isEqualTo(200);

        here.get("/settings/password");
        WebSession.Page changed = here.post("/settings/password", Map.of("current", PASSWORD,
                "password", "another-long-enough-password", "again", "another-long-enough-password"));
        assertThat(changed.location()).isEqualTo("/settings/password?changed");

        assertThat(here.get("/today").status()).as("the browser that changed it carries on").isEqualTo(200);
        assertThat(WebSession.withCookie(b.port(), "JSESSIONID", here.cookie("JSESSIONID")).get("/today").status())
                .as("and does on the other node too").isEqualTo(200);
        assertThat(elsewhere.get("/today").location()).as("every other browser is signed out").startsWith("/login");
        assertThat(WebSession.withCookie(a.port(), "JSESSIONID", elsewhere.cookie("JSESSIONID")).get("/today")
                .location()).startsWith("/login");
    }

    @Test
    void theScheduledMorningEmailRunsOnceAcrossBothNodes() throws Exception {
        Node a = start();
        Node b = start();
        long id = account(a, "ada@example.com");
        a.bean(People.class).add(id, new PersonDraft("Grace Hopper", null, null, null, null, null, null, null, null,
                null, null, null, 7, null, null), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1));
        a.bean(Digests.class).change(id, true, 7);

        clock.set(Instant.parse("2026-03-02T07:30:00Z"));
        long until = System.currentTimeMillis() + 20_000;
        while (smtp.getReceivedMessages().length == 0 && System.currentTimeMillis() < until) {
            Thread.sleep(100);
        }
        Sweeps.awaitMore(database, 3); // the schedulers sweep several more times meanwhile
        assertThat(smtp.getReceivedMessages()).hasSize(1);

        assertThat(metric(a, "kith_emails_total{outcome=\"sent\"}") + metric(b, "kith_emails_total{outcome=\"sent\"}"))
                .as("the nodes' counts add up to the one email").isEqualTo(1.0);
        assertThat(metric(a, "kith_jobs_seconds_count{outcome=\"ok\",task=\"morning-email\"}")
                + metric(b, "kith_jobs_seconds_count{outcome=\"ok\",task=\"morning-email\"}"))
                .as("sweeps ran, one node at a time").isGreaterThan(2.0);
    }

    @Test
    void anImportStartedOnOneNodeIsSeenOnTheOther() throws Exception {
        Node a = start();
        Node b = start();
        long id = account(a, "ada@example.com");
        String token = a.bean(Accounts.class).newToken(id, "nodes").secret();
        String connections;
        try (InputStream in = getClass().getResourceAsStream("/io/linkedin/Connections.csv")) {
            connections = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        HttpResponse<String> imported = send(a, "POST", "/api/v1/imports/linkedin", token, connections);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        HttpResponse<String> people = send(b, "GET", "/api/v1/people", token, null);
        assertThat(people.statusCode()).isEqualTo(200);
        assertThat(people.body()).contains("Ada Lovelace", "Grace Hopper");
        assertThat(metric(a, "kith_imports_seconds_count{format=\"linkedin\",outcome=\"written\"}")).isEqualTo(1.0);
        assertThat(metric(b, "kith_imports_seconds_count{format=\"linkedin\",outcome=\"written\"}"))
                .as("each node counts its own").isZero();
    }

    @Test
    void aPreviewMadeOnOneNodeIsConfirmedOnTheOtherEvenWithTheFirstGone() throws Exception {
        Node a = start();
        Node b = start();
        long id = account(a, "ada@example.com");
        WebSession onA = WebSession.signIn(a.port(), id, "ada@example.com", PASSWORD, false);
        onA.get("/import");
        String token = token(finished(onA, onA.upload("/import", Map.of("format", "linkedin"), "file",
                "Connections.csv", connections())));
        assertThat(token).as("the preview offers its confirmation").isNotNull();
        String cookie = onA.cookie("JSESSIONID");
        a.stop(); // its memory and its folder of uploads go with it

        WebSession onB = WebSession.withCookie(b.port(), "JSESSIONID", cookie);
        onB.get("/import");
        WebSession.Page done = finished(onB, onB.post("/import/confirm", Map.of("token", token)));

        assertThat(done.body()).contains("Imported Connections.csv.", "5 people created");
        assertThat(b.bean(People.class).list(id, PeopleQuery.everyone(100), LocalDate.of(2026, 3, 2)).total())
                .isEqualTo(5);
        assertThat(onB.post("/import/confirm", Map.of("token", token)).status()).as("imported once").isEqualTo(404);
    }

    @Test
    void anImportsProgressAndResultPagesAnswerOnEitherNode() throws Exception {
        Node a = start();
        Node b = start();
        long id = account(a, "ada@example.com");
        WebSession onA = WebSession.signIn(a.port(), id, "ada@example.com", PASSWORD, false);
        WebSession onB = WebSession.withCookie(b.port(), "JSESSIONID", onA.cookie("JSESSIONID"));
        onA.get("/import");

        WebSession.Page preview = finished(onB, onA.upload("/import", Map.of("format", "linkedin"), "file",
                "Connections.csv", connections()));
        assertThat(preview.body()).as("started on A, followed on B")
                .contains("What importing Connections.csv would do. Nothing is written yet.");
        onB.get("/import");
        WebSession.Page done = finished(onA, onB.post("/import/confirm", Map.of("token", token(preview))));

        assertThat(done.body()).as("started on B, followed on A").contains("Imported Connections.csv.", "5 people created");
    }

    @Test
    void aMessagesFilePreviewedOnOneNodeIsLoggedOnTheOther() throws Exception {
        Node a = start();
        Node b = start();
        long id = account(a, "ada@example.com");
        WebSession onA = WebSession.signIn(a.port(), id, "ada@example.com", PASSWORD, false);
        onA.get("/import");
        finished(onA, onA.post("/import/confirm", Map.of("token", token(finished(onA, onA.upload("/import",
                Map.of("format", "linkedin"), "file", "Connections.csv", connections()))))));
        byte[] messages;
        try (InputStream in = getClass().getResourceAsStream("/io/linkedin/messages.csv")) {
            messages = in.readAllBytes();
        }
        onA.get("/import/conversations");
        WebSession.Page preview = onA.upload("/import/conversations", Map.of("me", ""), "file", "messages.csv", messages);
        assertThat(preview.body()).contains("It would log 3 touchpoints with 2 people.");
        String cookie = onA.cookie("JSESSIONID");
        a.stop();

        WebSession onB = WebSession.withCookie(b.port(), "JSESSIONID", cookie);
        onB.get("/import/conversations");
        WebSession.Page done = onB.post("/import/conversations/confirm", Map.of("token", token(preview), "me", ""));

        assertThat(done.body()).contains("Imported messages.csv.", "Logged 3 touchpoints with 2 people.");
        assertThat(onB.post("/import/conversations/confirm", Map.of("token", token(preview), "me", "")).body())
                .as("logged once").contains("That preview is no longer open");
    }

    @Test
    void anotherAccountsOrAnExpiredPreviewIsNotFoundOnAnyNode() throws Exception {
        Node a = start();
        Node b = start();
        long ada = account(a, "ada@example.com");
        long eve = account(a, "eve@example.com");
        WebSession onA = WebSession.signIn(a.port(), ada, "ada@example.com", PASSWORD, false);
        onA.get("/import");
        String token = token(finished(onA, onA.upload("/import", Map.of("format", "linkedin"), "file",
                "Connections.csv", connections())));
        WebSession eveOnB = WebSession.signIn(b.port(), eve, "eve@example.com", PASSWORD, false);
        eveOnB.get("/import");

        WebSession.Page stolen = eveOnB.post("/import/confirm", Map.of("token", token));
        assertThat(stolen.status()).isEqualTo(404);
        assertThat(stolen.body()).contains("That preview is no longer open");

        clock.advance(Duration.ofMinutes(61));
        WebSession adaOnB = WebSession.withCookie(b.port(), "JSESSIONID", onA.cookie("JSESSIONID"));
        adaOnB.get("/import");
        assertThat(adaOnB.post("/import/confirm", Map.of("token", token)).status()).as("after an hour").isEqualTo(404);
        assertThat(b.bean(People.class).list(ada, PeopleQuery.everyone(100), LocalDate.of(2026, 3, 2)).total()).isZero();
        assertThat(b.bean(People.class).list(eve, PeopleQuery.everyone(100), LocalDate.of(2026, 3, 2)).total()).isZero();
    }

    @Test
    void wrongPasswordsOnOneNodeCountOnTheOther() throws Exception {
        Node a = start();
        Node b = start();
        long id = account(a, "ada@example.com");
        for (int i = 0; i < 5; i++) {
            assertThat(WebSession.anonymous(a.port()).post("/login", Map.of("username", "ada@example.com",
                    "password", "a wrong guess " + i)).location()).endsWith("/login?error");
        }

        WebSession.Page onB = WebSession.anonymous(b.port()).post("/login", Map.of("username", "ada@example.com",
                "password", PASSWORD));
        assertThat(onB.location()).as("even the right password waits, on the other node").contains("/login?wait=15");

        clock.advance(Duration.ofMinutes(15));
        assertThat(WebSession.signIn(b.port(), id, "ada@example.com", PASSWORD, false).get("/today").status())
                .isEqualTo(200);
    }

    /** Follows an import job to its end on the node that runs it, as the page's progress bar does. */
    private static WebSession.Page finished(WebSession session, WebSession.Page posted) throws InterruptedException {
        assertThat(posted.location()).as(posted.toString()).startsWith("/import/jobs/");
        for (int i = 0; i < 300; i++) {
            WebSession.Page page = session.get(posted.location());
            if (!page.body().contains("id=\"import-progress\"")) {
                return page;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the import did not finish");
    }

    private static String token(WebSession.Page page) {
        Matcher m = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(page.body());
        return m.find() ? m.group(1) : null;
    }

    private byte[] connections() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/io/linkedin/Connections.csv")) {
            return in.readAllBytes();
        }
    }

    private long account(Node node, String email) {
        Accounts accounts = node.bean(Accounts.class);
        long id = accounts.create(email, PASSWORD).account().id();
        accounts.setTimeZone(id, "UTC");
        return id;
    }

    /** A value of this node's {@code /metrics}, 0 when the series is not there yet. */
    private static double metric(Node node, String series) throws Exception {
        HttpResponse<String> metrics = send(node, "GET", "/metrics", METRICS_TOKEN, null);
        assertThat(metrics.statusCode()).isEqualTo(200);
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(metrics.body());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static HttpResponse<String> send(Node node, String method, String path, String token, String csv)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port() + path))
                .header("Authorization", "Bearer " + token)
                .method(method, csv == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(csv));
        if (csv != null) {
            request.header("Content-Type", "text/csv");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private Node start() throws IOException {
        Node node = Node.start(database.getJdbcUrl(), clock,
                "--kith.metrics.token=" + METRICS_TOKEN,
                "--kith.mail.host=127.0.0.1", "--kith.mail.port=" + smtpPort, "--kith.base-url=https://kith.example",
                "--kith.digest.every=PT0.3S", "--kith.digest.poll=PT0.2S", "--kith.digest.heartbeat=PT0.5S",
                "--kith.purge.initial-delay=PT1H");
        nodes.add(node);
        if (nodes.size() == 1 && node.bean(Accounts.class).needsSetup()) {
            node.bean(Accounts.class).create("owner@example.com", PASSWORD);
        }
        return node;
    }

}
