package app.kith.web.signin;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.LiveServer;
import app.kith.account.Accounts;
import app.kith.web.WebSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sign-in limits, on a server behind a trusted proxy (this test, at 127.0.0.1): each test
 * speaks for clients of its own, by their forwarded addresses, so one test's failures never hold
 * up another's.
 */
class SignInLimitsTest {

    static LiveServer server;
    static Accounts accounts;

    @BeforeAll
    static void start() throws IOException {
        server = LiveServer.start("--kith.trusted-proxies=127.0.0.1");
        accounts = server.bean(Accounts.class);
        accounts.create("owner@example.com", WebSession.PASSWORD); // set up: the sign-in page is there
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @Test
    void thirtyParallelWrongPasswordsForOneEmailAreCheckedAtMostFiveTimes() throws Exception {
        String email = account();
        int parallel = 30;
        List<WebSession> clients = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            WebSession client = client("198.51.100.1");
            client.get("/login"); // its CSRF token, before the race starts
            clients.add(client);
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                WebSession client = clients.get(i);
                String guess = "wrong-guess-" + i;
                answers.add(pool.submit(() -> {
                    go.await();
                    return client.post("/login", Map.of("username", email, "password", guess)).location();
                }));
            }
            go.countDown();
            AtomicInteger checked = new AtomicInteger();
            AtomicInteger held = new AtomicInteger();
            for (Future<String> answer : answers) {
                String location = answer.get();
                if (location.endsWith("/login?error")) {
                    checked.incrementAndGet();
                } else if (location.contains("/login?wait=")) {
                    held.incrementAndGet();
                }
            }

            assertThat(checked.get()).as("passwords checked").isEqualTo(SignInThrottle.PER_EMAIL);
            assertThat(held.get()).as("refused before their password was checked").isEqualTo(parallel - SignInThrottle.PER_EMAIL);
        } finally {
            pool.shutdownNow();
        }
        WebSession owner = client("198.51.100.2");
        assertThat(owner.post("/login", Map.of("username", email, "password", WebSession.PASSWORD)).location())
                .as("even the right password waits").contains("/login?wait=");
    }

    @Test
    void aSuccessfulSignInTakesItsAttemptBackAndForgetsTheEmailsFailures() {
        String email = account();
        WebSession client = client("198.51.100.3");
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < SignInThrottle.PER_EMAIL - 1; i++) {
                assertThat(client.post("/login", Map.of("username", email, "password", "wrong-" + i)).location())
                        .endsWith("/login?error");
            }
            assertThat(client.post("/login", Map.of("username", email, "password", WebSession.PASSWORD)).location())
                    .as("round %d", round).endsWith("/today");
            client.post("/logout", Map.of());
        }
    }

    @Test
    void behindATrustedProxyEachClientAddressIsLimitedOnItsOwn() {
        WebSession guesser = client("203.0.113.9");
        for (int i = 0; i < SignInThrottle.PER_ADDRESS; i++) {
            assertThat(guesser.post("/login", Map.of("username", "nobody-" + i + "@example.com", "password", "guess")).location())
                    .endsWith("/login?error");
        }
        String email = account();

        assertThat(guesser.post("/login", Map.of("username", email, "password", WebSession.PASSWORD)).location())
                .contains("/login?wait=");
        assertThat(client("203.0.113.10").post("/login", Map.of("username", email, "password", WebSession.PASSWORD))
                .location()).as("another client behind the same proxy").endsWith("/today");
    }

    @Test
    void behindAProxyThatTerminatesTlsTheSessionCookieIsSecure() {
        WebSession.Page login = client("198.51.100.4").get("/login", Map.of("X-Forwarded-Proto", "https"));

        assertThat(login.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .isNotEmpty().allSatisfy(c -> assertThat(c).contains("Secure", "HttpOnly", "SameSite=Lax"));
    }

    @Test
    void wrongCurrentPasswordsOnThePasswordFormCountLikeFailedSignIns() {
        String email = account();
        WebSession session = client("198.51.100.5");
        session.post("/login", Map.of("username", email, "password", WebSession.PASSWORD));
        session.get("/settings/password");
        for (int i = 0; i < SignInThrottle.PER_EMAIL; i++) {
            assertThat(session.post("/settings/password", Map.of("current", "guess-" + i, "password", "a-new-password",
                    "again", "a-new-password")).errorOf("current")).isEqualTo("That is not your current password.");
        }

        WebSession.Page held = session.post("/settings/password", Map.of("current", WebSession.PASSWORD,
                "password", "a-new-password", "again", "a-new-password"));

        assertThat(held.errorOf("current")).startsWith("Too many wrong passwords. Try again in");
        assertThat(accounts.signIn(email, WebSession.PASSWORD)).as("unchanged").isPresent();
    }

    private static WebSession client(String address) {
        return WebSession.anonymous(server.port()).header("X-Forwarded-For", address);
    }

    private static String account() {
        String email = "limits-" + UUID.randomUUID() + "@example.com";
        accounts.create(email, WebSession.PASSWORD);
        return email;
    }
}
