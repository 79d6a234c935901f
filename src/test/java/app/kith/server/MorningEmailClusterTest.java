package app.kith.server;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.MovableClock;
import app.kith.SharedPostgres;
import app.kith.account.Accounts;
import app.kith.digest.Digests;
import app.kith.person.People;
import app.kith.person.PersonDraft;
import app.kith.web.WebSession;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The morning email on real server nodes against one real PostgreSQL, each running db-scheduler,
 * with GreenMail counting what arrives: once per user and day across two nodes, across a node
 * stopped in the middle of a send, and across a mail server that is down for a while.
 */
class MorningEmailClusterTest {

    private static final String PASSWORD = "a-long-enough-password";
    /** 04:00 UTC: before 7 in London and Paris, after it in Tokyo. */
    private static final Instant START = Instant.parse("2026-03-02T04:00:00Z");

    private final MovableClock clock = new MovableClock(START);
    private final List<Node> nodes = new ArrayList<>();
    private HikariDataSource database;
    private GreenMail smtp;
    private int smtpPort;

    @BeforeEach
    void setUp() throws IOException {
        database = SharedPostgres.newMigratedDatabase();
        smtpPort = freePort();
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
    void twoNodesSendExactlyOneEmailPerUserAndDay() throws Exception {
        Node a = start(smtpPort);
        Node b = start(smtpPort);
        long london = user(a, "london@example.com", "Europe/London");
        long paris = user(b, "paris@example.com", "Europe/Paris");
        long tokyo = user(a, "tokyo@example.com", "Asia/Tokyo");

        clock.set(Instant.parse("2026-03-02T06:30:00Z"));
        awaitMessages(2);
        everyoneSweeps(a, b);
        assertThat(perRecipient()).isEqualTo(Map.of("paris@example.com", 1L, "tokyo@example.com", 1L));

        clock.set(Instant.parse("2026-03-02T07:30:00Z"));
        awaitMessages(3);
        everyoneSweeps(a, b);
        assertThat(perRecipient()).isEqualTo(Map.of("london@example.com", 1L, "paris@example.com", 1L,
                "tokyo@example.com", 1L));

        clock.set(Instant.parse("2026-03-03T07:30:00Z"));
        awaitMessages(6);
        everyoneSweeps(a, b);
        assertThat(smtp.getReceivedMessages()).hasSize(6);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(MorningEmailClusterTest::messageId).distinct())
                .as("one Message-ID per account and day").hasSize(6)
                .contains("<digest-" + london + "-2026-03-03@kith>", "<digest-" + paris + "-2026-03-02@kith>",
                        "<digest-" + tokyo + "-2026-03-03@kith>");
    }

    @Test
    void aNodeStoppedInTheMiddleOfASendLeavesExactlyOneEmail() throws Exception {
        try (HangingSmtp hanging = new HangingSmtp()) {
            Node a = start(hanging.port());
            user(a, "ada@example.com", "UTC");
            clock.set(Instant.parse("2026-03-02T07:05:00Z"));
            await(() -> hanging.connections() > 0 && state().equals("claimed"), "node A to claim and connect");
            a.stop(); // mid-send: the mail server never answered
        }
        assertThat(state()).isEqualTo("claimed");

        Node b = start(smtpPort);
        everyoneSweeps(b);
        assertThat(smtp.getReceivedMessages()).as("within the lease, node A might still send").isEmpty();

        clock.advance(Duration.ofMinutes(11));
        awaitMessages(1);
        b.stop();
        Node c = start(smtpPort);
        clock.advance(Duration.ofHours(3));
        everyoneSweeps(c);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(state()).isEqualTo("sent");
    }

    @Test
    void aServerStartedLaterTheSameDaySendsOnceAndNeverYesterdays() throws Exception {
        Node a = start(smtpPort);
        user(a, "ada@example.com", "UTC");
        a.stop();

        clock.set(Instant.parse("2026-03-02T16:00:00Z"));
        Node b = start(smtpPort);
        awaitMessages(1);
        b.stop();

        clock.set(Instant.parse("2026-03-04T06:00:00Z"));
        Node c = start(smtpPort);
        everyoneSweeps(c);
        assertThat(smtp.getReceivedMessages()).as("nothing for the 3rd, nothing yet for the 4th").hasSize(1);
        clock.set(Instant.parse("2026-03-04T07:00:00Z"));
        awaitMessages(2);
        everyoneSweeps(c);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(MorningEmailClusterTest::messageId).toList())
                .containsExactly(messageIdOf(1, "2026-03-02"), messageIdOf(1, "2026-03-04"));
    }

    @Test
    void aMailServerThatIsDownIsTriedAgainAndSettingsSaysSo() throws Exception {
        smtp.stop();
        Node a = start(smtpPort);
        long ada = user(a, "ada@example.com", "UTC");
        clock.set(Instant.parse("2026-03-02T07:00:00Z"));
        await(() -> attempts() >= 1, "the first try");
        WebSession session = WebSession.signIn(a.port(), ada, "ada@example.com", PASSWORD, false);
        String settings = session.get("/settings").body();
        assertThat(settings).contains("Morning email", "Failed Monday 2 March at 07:00 (try 1)",
                "Next try Monday 2 March at 07:01.", "Not sent yet.");
        session.post("/settings/digest/test", Map.of());
        assertThat(session.get("/settings").body()).contains("The mail server did not take it: ");

        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        everyoneSweeps(a);
        assertThat(smtp.getReceivedMessages()).as("not before the next try").isEmpty();
        clock.advance(Duration.ofMinutes(1));
        awaitMessages(1);
        everyoneSweeps(a);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        settings = session.get("/settings").body();
        assertThat(settings).contains("Last sent Monday 2 March at 07:01.").doesNotContain("Failed");
        session.post("/settings/digest/test", Map.of());
        assertThat(session.get("/settings").body()).contains("Sent a test email to ada@example.com.");
        assertThat(smtp.getReceivedMessages()).hasSize(2);
        assertThat(smtp.getReceivedMessages()[1].getSubject()).startsWith("Test: Today: ");
    }

    /** An account with someone due today, the email on at 7 in {@code zone}. */
    private long user(Node node, String email, String zone) {
        Accounts accounts = node.bean(Accounts.class);
        if (accounts.needsSetup()) {
            accounts.create("owner@example.com", PASSWORD);
        }
        long id = accounts.create(email, PASSWORD).account().id();
        accounts.setTimeZone(id, zone);
        node.bean(People.class).add(id, new PersonDraft("Grace of " + email, null, null, null, null, null, null, null,
                null, null, null, null, 7, null, null), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1));
        node.bean(Digests.class).change(id, true, 7);
        return id;
    }

    /** Every node sweeps at once, twice, on top of what their schedulers do meanwhile. */
    private void everyoneSweeps(Node... nodes) throws Exception {
        for (int round = 0; round < 2; round++) {
            List<CompletableFuture<Integer>> sweeps = Arrays.stream(nodes)
                    .map(n -> CompletableFuture.supplyAsync(() -> n.bean(Digests.class).sendDue())).toList();
            for (CompletableFuture<Integer> sweep : sweeps) {
                sweep.get();
            }
        }
        Sweeps.awaitMore(database, 2); // and a few more scheduled ones
    }

    private void awaitMessages(int count) throws InterruptedException {
        await(() -> smtp.getReceivedMessages().length >= count, count + " messages");
    }

    private static void await(BooleanSupplier done, String what) throws InterruptedException {
        long until = System.currentTimeMillis() + 20_000;
        while (!done.getAsBoolean()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("Waited 20 s for " + what);
            }
            Thread.sleep(100);
        }
    }

    private Map<String, Long> perRecipient() {
        return Arrays.stream(smtp.getReceivedMessages()).collect(Collectors.groupingBy(m -> {
            try {
                return m.getAllRecipients()[0].toString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, Collectors.counting()));
    }

    private static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String messageIdOf(long index, String day) {
        long id = JdbcClient.create(database).sql("SELECT id FROM account WHERE email = 'ada@example.com'")
                .query(Long.class).single();
        return "<digest-" + id + "-" + day + "@kith>";
    }

    private String state() {
        return JdbcClient.create(database).sql("SELECT state FROM digest_send").query(String.class).optional().orElse("");
    }

    private int attempts() {
        return JdbcClient.create(database).sql("SELECT attempts FROM digest_send").query(Integer.class).optional()
                .orElse(0);
    }

    private Node start(int mailPort) throws IOException {
        Node node = Node.start(database.getJdbcUrl(), clock,
                "--kith.mail.host=127.0.0.1", "--kith.mail.port=" + mailPort, "--kith.base-url=https://kith.example",
                "--kith.digest.every=PT0.5S", "--kith.digest.poll=PT0.25S", "--kith.digest.lease=PT10M", "--kith.digest.heartbeat=PT0.5S",
                "--kith.purge.initial-delay=PT1H");
        nodes.add(node);
        return node;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }


    /** A mail server that takes the connection and never says a word: a send that hangs. */
    private static final class HangingSmtp implements AutoCloseable {
        private final ServerSocket server = new ServerSocket(0);
        private final List<Socket> held = new ArrayList<>();
        private final Thread accepting;

        HangingSmtp() throws IOException {
            accepting = new Thread(() -> {
                try {
                    while (true) {
                        Socket s = server.accept();
                        synchronized (held) {
                            held.add(s);
                        }
                    }
                } catch (IOException closed) {
                    // closed by the test
                }
            });
            accepting.setDaemon(true);
            accepting.start();
        }

        int port() {
            return server.getLocalPort();
        }

        int connections() {
            synchronized (held) {
                return held.size();
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
            synchronized (held) {
                for (Socket s : held) {
                    s.close();
                }
            }
        }
    }
}
