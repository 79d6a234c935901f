package app.kith.web.signin;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.LiveServer;
import app.kith.MovableClock;
import app.kith.account.Accounts;
import app.kith.audit.Audit;
import app.kith.audit.AuditEvent;
import app.kith.audit.Audit;
import app.kith.audit.AuditEvent;
import app.kith.account.AuthenticatorApp;
import app.kith.account.TwoFactor;
import app.kith.account.TwoFactorSetup;
import app.kith.web.WebSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Signing in to an account with two-factor sign-in, on the real server and a clock the test moves:
 * the password alone opens nothing, a code or a recovery code does once. Each test has an account
 * and a client address of its own (the server trusts this test as its proxy), so throttles never
 * cross.
 */
class TwoFactorSignInTest {

    private static final MovableClock CLOCK = new MovableClock(Instant.now());
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    static LiveServer server;
    static Accounts accounts;
    static TwoFactor twoFactor;

    private String email;
    private long accountId;
    private AuthenticatorApp app;
    private List<String> recoveryCodes;

    @BeforeAll
    static void start() throws IOException {
        server = LiveServer.start(CLOCK, "--kith.trusted-proxies=127.0.0.1");
        accounts = server.bean(Accounts.class);
        twoFactor = server.bean(TwoFactor.class);
        accounts.create("owner@example.com", WebSession.PASSWORD);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @BeforeEach
    void accountWithTwoFactor() {
        email = "two-" + UUID.randomUUID() + "@example.com";
        accountId = accounts.create(email, WebSession.PASSWORD).account().id();
        TwoFactorSetup setup = twoFactor.begin(accountId);
        app = new AuthenticatorApp(setup.secret());
        recoveryCodes = twoFactor.confirm(accountId, code());
        CLOCK.advance(Duration.ofSeconds(30)); // the code that turned it on is spent
    }

    private String code() {
        return app.codeAt(CLOCK.instant());
    }

    private static WebSession client() {
        return WebSession.anonymous(server.port()).header("X-Forwarded-For", "192.0.2." + ADDRESSES.getAndIncrement());
    }

    private WebSession passwordTyped(WebSession client, boolean remember) {
        WebSession.Page afterPassword = client.post("/login", remember
                ? Map.of("username", email, "password", WebSession.PASSWORD, "remember", "on")
                : Map.of("username", email, "password", WebSession.PASSWORD));
        assertThat(afterPassword.location()).isEqualTo("/login/code");
        assertThat(client.get("/login/code").body()).contains("Your code");
        return client;
    }

    @Test
    void thePasswordAloneOpensNoPageAndKeepsNoDevice() {
        WebSession client = passwordTyped(client(), true);

        for (String page : List.of("/today", "/people", "/settings", "/settings/two-factor", "/export")) {
            assertThat(client.get(page).location()).as(page).startsWith("/login");
        }
        assertThat(client.post("/people", Map.of("name", "Someone")).location()).startsWith("/login");
        assertThat(client.cookie(WebSession.REMEMBER_ME)).isNull();
    }

    @Test
    void theCodeSignsInAndKeepsTheDeviceWhichIsNotAskedAgain() {
        WebSession client = passwordTyped(client(), true);

        WebSession.Page signedIn = client.post("/login/code", Map.of("code", code()));

        assertThat(signedIn.location()).isEqualTo("/today");
        assertThat(client.get("/today").status()).isEqualTo(200);
        String kept = client.cookie(WebSession.REMEMBER_ME);
        assertThat(kept).isNotNull();
        WebSession sameDeviceLater = WebSession.withCookie(server.port(), WebSession.REMEMBER_ME, kept);
        assertThat(sameDeviceLater.get("/today").status()).as("no code asked of a kept device").isEqualTo(200);
    }

    @Test
    void aWrongCodeIsRefusedAndTheRightOneStillWorks() {
        WebSession client = passwordTyped(client(), false);
        String right = code();
        String wrong = right.equals("123456") ? "654321" : "123456";

        WebSession.Page refused = client.post("/login/code", Map.of("code", wrong));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("That code is not right, or was used already.");
        assertThat(client.get("/today").location()).startsWith("/login");
        assertThat(client.post("/login/code", Map.of("code", right)).location()).as("the page asked for meanwhile")
                .startsWith("/today");
        assertThat(server.bean(Audit.class).page(accountId, null, 10).events()).extracting(AuditEvent::detail)
                .as("the account's activity, newest first").containsExactly("signed in with the password and a code",
                        "a sign-in with a wrong two-factor code");
    }

    @Test
    void aCodeUsedOnceIsRefusedWithinItsWindow() {
        String seen = code();
        assertThat(passwordTyped(client(), false).post("/login/code", Map.of("code", seen)).location()).isEqualTo("/today");
        CLOCK.advance(Duration.ofSeconds(20));

        WebSession other = passwordTyped(client(), false);
        assertThat(other.post("/login/code", Map.of("code", seen)).body()).contains("That code is not right, or was used already.");
        assertThat(other.get("/today").location()).startsWith("/login");

        CLOCK.advance(Duration.ofSeconds(30));
        assertThat(other.post("/login/code", Map.of("code", code())).location()).as("the next code").startsWith("/today");
    }

    @Test
    void oneCodeSentFromFiveDevicesAtOnceSignsInOneOfThem() throws Exception {
        List<WebSession> devices = new ArrayList<>();
        for (int i = 0; i < SignInThrottle.PER_EMAIL; i++) {
            devices.add(passwordTyped(client(), false));
        }
        String code = code();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(devices.size());
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (WebSession device : devices) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return device.post("/login/code", Map.of("code", code)).location();
                }));
            }
            go.countDown();
            List<String> locations = new ArrayList<>();
            for (Future<String> answer : answers) {
                locations.add(answer.get());
            }

            assertThat(locations).filteredOn(l -> l.equals("/today")).hasSize(1);
            assertThat(locations).filteredOn(String::isEmpty).as("refused, the code page again").hasSize(devices.size() - 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRecoveryCodeSignsInOnce() {
        String recovery = recoveryCodes.get(0);
        assertThat(passwordTyped(client(), false).post("/login/code", Map.of("code", recovery)).location())
                .isEqualTo("/today");

        WebSession again = passwordTyped(client(), false);

        assertThat(again.post("/login/code", Map.of("code", recovery)).body())
                .contains("That code is not right, or was used already.");
        assertThat(again.get("/today").location()).startsWith("/login");
        assertThat(twoFactor.status(accountId).recoveryCodesLeft()).isEqualTo(9);
    }

    @Test
    void afterFiveWrongCodesEvenTheRightOneWaits() {
        WebSession client = passwordTyped(client(), false);
        for (int i = 0; i < SignInThrottle.PER_EMAIL; i++) {
            String guess = String.format("%06d", i);
            if (!guess.equals(code())) {
                client.post("/login/code", Map.of("code", guess));
            }
        }
        WebSession fromElsewhere = passwordTyped(client(), false);

        assertThat(fromElsewhere.post("/login/code", Map.of("code", code())).body()).contains("Too many wrong codes");
        assertThat(fromElsewhere.get("/today").location()).startsWith("/login");
    }

    @Test
    void codesHeldBackAreInTheAuditLogOncePerWait() {
        WebSession client = passwordTyped(client(), false);
        for (int i = 0; i < SignInThrottle.PER_EMAIL + 2; i++) {
            String guess = String.format("%06d", 900_000 + i);
            client.post("/login/code", Map.of("code", guess.equals(code()) ? "000000" : guess));
        }

        List<String> kinds = server.bean(Audit.class).page(accountId, null, 50).events().stream()
                .map(AuditEvent::kind).toList();
        assertThat(kinds).filteredOn("sign-in-throttled"::equals).hasSize(1);
        assertThat(kinds.get(0)).isEqualTo("sign-in-throttled");
        assertThat(kinds).filteredOn("sign-in-failed"::equals).hasSize(SignInThrottle.PER_EMAIL);
    }

    @Test
    void theCodeStepWithoutThePasswordOrAfterFiveMinutesGoesBackToSignIn() {
        WebSession stranger = client();
        assertThat(stranger.get("/login/code").location()).isEqualTo("/login");
        assertThat(stranger.post("/login/code", Map.of("code", code())).location()).isEqualTo("/login");

        WebSession slow = passwordTyped(client(), false);
        CLOCK.advance(Duration.ofMinutes(5));

        assertThat(slow.post("/login/code", Map.of("code", code())).location()).isEqualTo("/login");
        assertThat(slow.get("/today").location()).startsWith("/login");
    }

    @Test
    void afterTheCodeTheSignInGoesOnToThePageItCameFor() {
        WebSession client = client();
        client.post("/login", Map.of("username", email, "password", WebSession.PASSWORD, "continue", "/people?q=ada"));

        assertThat(client.post("/login/code", Map.of("code", code())).location()).isEqualTo("/people?q=ada");
    }

    @Test
    void anAccountWithoutTwoFactorSignsInWithThePasswordAlone() {
        String plain = "plain-" + UUID.randomUUID() + "@example.com";
        accounts.create(plain, WebSession.PASSWORD);

        assertThat(client().post("/login", Map.of("username", plain, "password", WebSession.PASSWORD)).location())
                .isEqualTo("/today");
    }
}
