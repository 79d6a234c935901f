package app.kith.web.signin;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.KithApplication;
import app.kith.account.Accounts;
import app.kith.db.DataFolder;
import app.kith.db.DbSettings;
import app.kith.web.WebSession;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Sign-up on a server whose operator opened it ({@code kith.signup=open}), and on one that closed it. */
class SignUpTest {

    @TempDir
    static Path openFolder;

    @TempDir
    static Path closedFolder;

    static ConfigurableApplicationContext open;
    static ConfigurableApplicationContext closed;

    @BeforeAll
    static void start() {
        open = KithApplication.start(DbSettings.from(new DataFolder(openFolder), Map.of()), "--server.port=0",
                "--logging.level.root=warn", "--kith.signup=open");
        closed = KithApplication.start(DbSettings.from(new DataFolder(closedFolder), Map.of()), "--server.port=0",
                "--logging.level.root=warn", "--kith.signup=closed");
        open.getBean(Accounts.class).create("owner@example.com", WebSession.PASSWORD);
        closed.getBean(Accounts.class).create("owner@example.com", WebSession.PASSWORD);
    }

    @AfterAll
    static void stop() {
        open.close();
        closed.close();
    }

    private static int port(ConfigurableApplicationContext server) {
        return ((WebServerApplicationContext) server).getWebServer().getPort();
    }

    @Test
    void anyoneSignsUpFromTheSignInPageAndIsSignedIn() {
        WebSession visitor = WebSession.anonymous(port(open));
        assertThat(visitor.get("/login").body()).contains("href=\"/signup\"");

        WebSession.Page made = visitor.post("/signup", Map.of("email", "Newcomer@Example.com",
                "password", WebSession.PASSWORD, "again", WebSession.PASSWORD));

        assertThat(made.location()).endsWith("/today?welcome");
        assertThat(visitor.get("/today").status()).isEqualTo(200);
        assertThat(open.getBean(Accounts.class).byEmail("newcomer@example.com").admin()).isFalse();
    }

    @Test
    void aTakenEmailIsRefusedWithoutSayingWhoseItIs() {
        WebSession visitor = WebSession.anonymous(port(open));

        WebSession.Page refused = visitor.post("/signup", Map.of("email", "owner@example.com",
                "password", WebSession.PASSWORD, "again", WebSession.PASSWORD));

        assertThat(refused.errorOf("email")).isEqualTo(Accounts.TAKEN + ".");
        assertThat(refused.body()).doesNotContain("admin", "disabled", "owner of");
    }

    @Test
    void aSignUpWithoutTheFormsCsrfTokenMakesNothing() {
        WebSession visitor = WebSession.anonymous(port(open));

        WebSession.Page forged = visitor.postExactly("/signup", Map.of("email", "forged@example.com",
                "password", WebSession.PASSWORD, "again", WebSession.PASSWORD));

        assertThat(forged.status()).isIn(302, 403);
        assertThat(open.getBean(Accounts.class).signInOf("forged@example.com")).isEmpty();
    }

    @Test
    void manyAttemptsForOneEmailAreThrottledLikeSignIns() {
        WebSession visitor = WebSession.anonymous(port(open));
        for (int i = 0; i < SignInThrottle.PER_EMAIL; i++) {
            visitor.post("/signup", Map.of("email", "hammer@example.com", "password", "short", "again", "short"));
        }

        WebSession.Page throttled = visitor.post("/signup", Map.of("email", "hammer@example.com",
                "password", WebSession.PASSWORD, "again", WebSession.PASSWORD));

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.errorOf("email")).startsWith("Too many attempts");
        assertThat(open.getBean(Accounts.class).signInOf("hammer@example.com")).isEmpty();
    }

    @Test
    void aClosedServerHasNoSignUpAndItsInvitationsMakeNothing() {
        WebSession visitor = WebSession.anonymous(port(closed));
        Accounts accounts = closed.getBean(Accounts.class);
        String token = accounts.invitations().create(accounts.owner().id(), 7).token();

        assertThat(visitor.get("/login").body()).doesNotContain("href=\"/signup\"");
        assertThat(visitor.get("/signup").status()).isEqualTo(404);
        assertThat(visitor.get("/signup?invitation=" + token).status()).isEqualTo(404);
        assertThat(visitor.post("/signup", Map.of("invitation", token, "email", "x@example.com",
                "password", WebSession.PASSWORD, "again", WebSession.PASSWORD)).status()).isEqualTo(404);
        assertThat(accounts.signInOf("x@example.com")).isEmpty();
    }
}
