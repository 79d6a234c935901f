package app.kith.web.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.KithProcess;
import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import app.kith.web.WebSession;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Settings → Change your password, and kith account password: every other session of the account ends. */
@ServerTest
public class PasswordChangeTest {

    /** 60 characters, 102 bytes in UTF-8: more than bcrypt reads (72 bytes). */
    public static final String PASSPHRASE = "Grüße aus Köln — 東京の夜は長い — ça va très bien 🌍🌏 Καλημέρα κόσμε";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    ServerTest.Folder folder;

    @Test
    void changingThePasswordEndsOtherSessionsAndRememberedDevicesButNotThisOne() {
        String email = account();
        long id = accounts.byEmail(email).id();
        WebSession here = WebSession.signIn(port, id, email, WebSession.PASSWORD, true);
        WebSession elsewhere = WebSession.signIn(port, id, email, WebSession.PASSWORD, false);
        String rememberedElsewhere = WebSession.signIn(port, id, email, WebSession.PASSWORD, true)
                .cookie(WebSession.REMEMBER_ME);
        assertThat(elsewhere.get("/today").status()).isEqualTo(200);
        here.get("/settings/password");

        WebSession.Page changed = here.post("/settings/password", Map.of("current", WebSession.PASSWORD,
                "password", PASSPHRASE, "again", PASSPHRASE));

        assertThat(PASSPHRASE.getBytes(StandardCharsets.UTF_8)).hasSizeGreaterThan(100);
        assertThat(changed.location()).endsWith("/settings/password?changed");
        assertThat(here.get("/settings/password?changed").body()).contains("Your password is changed");
        assertThat(here.get("/today").status()).as("this session").isEqualTo(200);
        assertThat(WebSession.withCookie(port, WebSession.REMEMBER_ME, here.cookie(WebSession.REMEMBER_ME))
                .get("/today").status()).as("this device, kept signed in").isEqualTo(200);
        assertThat(elsewhere.get("/today").location()).as("another session").endsWith("/login");
        assertThat(WebSession.withCookie(port, WebSession.REMEMBER_ME, rememberedElsewhere).get("/today").location())
                .as("another device kept signed in").endsWith("/login");
        assertThat(WebSession.signIn(port, id, email, PASSPHRASE, false).get("/today").status()).isEqualTo(200);
        assertThat(accounts.signIn(email, WebSession.PASSWORD)).as("the old password").isEmpty();
    }

    @Test
    void aWrongCurrentPasswordOrNewOnesThatDifferOrAreTooShortChangeNothing() {
        String email = account();
        WebSession session = WebSession.signIn(port, accounts.byEmail(email).id(), email, WebSession.PASSWORD, false);
        session.get("/settings/password");

        WebSession.Page wrong = session.post("/settings/password", Map.of("current", "not-my-password",
                "password", "a-new-password", "again", "a-new-password"));
        WebSession.Page differ = session.post("/settings/password", Map.of("current", WebSession.PASSWORD,
                "password", "a-new-password", "again", "another-password"));
        WebSession.Page tooShort = session.post("/settings/password", Map.of("current", WebSession.PASSWORD,
                "password", "short", "again", "short"));
        WebSession.Page tooLong = session.post("/settings/password", Map.of("current", WebSession.PASSWORD,
                "password", "é".repeat(201), "again", "é".repeat(201)));

        assertThat(wrong.errorOf("current")).isEqualTo("That is not your current password.");
        assertThat(differ.errorOf("again")).isEqualTo("The two new passwords differ.");
        assertThat(tooShort.errorOf("password")).isEqualTo("Password must be at least 8 characters.");
        assertThat(tooLong.errorOf("password")).isEqualTo("Password must be at most 200 characters, not 201.");
        assertThat(wrong.body() + differ.body()).doesNotContain("not-my-password", "a-new-password");
        assertThat(accounts.signIn(email, WebSession.PASSWORD)).isPresent();
        assertThat(session.get("/today").status()).isEqualTo(200);
    }

    @Test
    void thePasswordFormWithoutItsCsrfTokenIsRefused() {
        String email = account();
        WebSession session = WebSession.signIn(port, accounts.byEmail(email).id(), email, WebSession.PASSWORD, false);

        WebSession.Page refused = session.postExactly("/settings/password", Map.of("current", WebSession.PASSWORD,
                "password", "a-new-password", "again", "a-new-password"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(accounts.signIn(email, WebSession.PASSWORD)).isPresent();
    }

    @Test
    void aNewPasswordFromTheCommandLineSignsOutTheWebSessions() throws Exception {
        String email = account();
        long id = accounts.byEmail(email).id();
        WebSession session = WebSession.signIn(port, id, email, WebSession.PASSWORD, false);
        String remembered = WebSession.signIn(port, id, email, WebSession.PASSWORD, true).cookie(WebSession.REMEMBER_ME);

        Process kith = KithProcess.start(Map.of(), "account", "password", "--account", email,
                "--data", folder.path().toString());
        try (OutputStream in = kith.getOutputStream()) {
            in.write((PASSPHRASE + "\n" + PASSPHRASE + "\n").getBytes(StandardCharsets.UTF_8));
        }
        assertThat(kith.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(kith.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(kith.exitValue()).as(out + new String(kith.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                .isZero();
        assertThat(out).contains("The password of " + email + " is changed");
        assertThat(session.get("/today").location()).endsWith("/login");
        assertThat(WebSession.withCookie(port, WebSession.REMEMBER_ME, remembered).get("/today").location())
                .endsWith("/login");
        assertThat(WebSession.signIn(port, id, email, PASSPHRASE, false).get("/today").status()).isEqualTo(200);
    }

    private String account() {
        String email = "password-" + UUID.randomUUID() + "@example.com";
        accounts.create(email, WebSession.PASSWORD);
        return email;
    }
}
