package app.kith.web.signin;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.LiveServer;
import app.kith.account.Accounts;
import app.kith.audit.Audit;
import app.kith.audit.AuditEvent;
import app.kith.web.WebSession;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sign-ins, refused sign-ins and sign-outs in the account's audit log, on a server behind a trusted
 * proxy (this test, at 127.0.0.1): the address logged is the one the proxy forwarded.
 */
class SignInAuditTest {

    private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

    static LiveServer server;
    static Accounts accounts;
    static Audit audit;

    @BeforeAll
    static void start() throws IOException {
        server = LiveServer.start("--kith.trusted-proxies=127.0.0.1");
        accounts = server.bean(Accounts.class);
        audit = server.bean(Audit.class);
        accounts.create("owner@example.com", WebSession.PASSWORD);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    private static WebSession from(String address) {
        return WebSession.anonymous(server.port()).header("X-Forwarded-For", address).header("User-Agent", FIREFOX);
    }

    private static List<AuditEvent> events(long account) {
        return audit.page(account, null, 50).events();
    }

    @Test
    void aRefusedASuccessfulSignInAndASignOutAreLoggedWithTheForwardedAddressAndTheBrowser() {
        String email = "audit-" + UUID.randomUUID() + "@example.com";
        long account = accounts.create(email, WebSession.PASSWORD).account().id();

        WebSession guesser = from("203.0.113.7");
        assertThat(guesser.post("/login", Map.of("username", email, "password", "wrong guess")).location())
                .contains("/login?error");
        WebSession owner = from("198.51.100.4");
        assertThat(owner.post("/login", Map.of("username", email, "password", WebSession.PASSWORD)).location())
                .endsWith("/today");
        owner.get("/today");
        owner.post("/logout", Map.of());

        assertThat(events(account)).extracting(AuditEvent::kind, AuditEvent::ip, AuditEvent::agent).containsExactly(
                org.assertj.core.groups.Tuple.tuple("sign-out", "198.51.100.4", "Firefox on Linux"),
                org.assertj.core.groups.Tuple.tuple("sign-in", "198.51.100.4", "Firefox on Linux"),
                org.assertj.core.groups.Tuple.tuple("sign-in-failed", "203.0.113.7", "Firefox on Linux"));
    }

    @Test
    void signInsHeldBackByTheThrottleAreLoggedOncePerWait() {
        String email = "audit-" + UUID.randomUUID() + "@example.com";
        long account = accounts.create(email, WebSession.PASSWORD).account().id();
        WebSession guesser = from("203.0.113.9");
        for (int i = 0; i < SignInThrottle.PER_EMAIL; i++) {
            guesser.post("/login", Map.of("username", email, "password", "wrong guess " + i));
        }

        assertThat(guesser.post("/login", Map.of("username", email, "password", "wrong again")).location()).contains("/login?wait=");
        assertThat(from("198.51.100.9").post("/login", Map.of("username", email, "password", WebSession.PASSWORD)).location())
                .as("even the right password waits").contains("/login?wait=");

        List<AuditEvent> events = events(account);
        assertThat(events).extracting(AuditEvent::kind).filteredOn("sign-in-throttled"::equals).hasSize(1);
        assertThat(events.get(0)).satisfies(e -> {
            assertThat(e.kind()).isEqualTo("sign-in-throttled");
            assertThat(e.detail()).isEqualTo("sign-ins held back for 15 minutes after too many wrong passwords");
            assertThat(e.ip()).isEqualTo("203.0.113.9");
        });
        assertThat(events).extracting(AuditEvent::kind).filteredOn("sign-in-failed"::equals).hasSize(SignInThrottle.PER_EMAIL);
    }

    @Test
    void aRefusedSignInForAnEmailNoAccountHasIsLoggedNowhere() {
        String email = "audit-" + UUID.randomUUID() + "@example.com";
        long account = accounts.create(email, WebSession.PASSWORD).account().id();

        from("203.0.113.8").post("/login", Map.of("username", "x" + email, "password", "wrong guess"));

        assertThat(events(account)).isEmpty();
    }

    @Test
    void theActivityPageShowsTheAccountsOwnEventsNewestFirst() {
        WebSession a = WebSession.signUp(server.port(), accounts);
        WebSession b = WebSession.signUp(server.port(), accounts);
        a.get("/settings");
        a.post("/settings/tokens", Map.of("name", "backup script", "scope", "read", "expires", "30d"));

        String page = a.get("/settings/activity").body();
        assertThat(page).contains("<h1>Activity</h1>", "API token made", "token “backup script” (read, until")
                .doesNotContain("token \"backup");
        assertThat(page.indexOf(">API token made</td>")).isPositive().isLessThan(page.indexOf(">Signed in</td>"));
        assertThat(page).contains("127.0.0.1");
        assertThat(b.get("/settings/activity").body()).doesNotContain("backup script");
        assertThat(a.get("/settings").body()).contains("href=\"/settings/activity\"", "only reads · made");
    }
}
