package app.kith.web.signin;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.KithApplication;
import app.kith.account.Accounts;
import app.kith.db.DataFolder;
import app.kith.db.DbSettings;
import app.kith.web.WebSession;
import app.kith.web.settings.PasswordChangeTest;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** A server on a data folder nobody can sign in to yet: the first visitor makes the owner's sign-in, and only they. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstRunTest {

    /** 60 characters, 102 bytes in UTF-8: more than bcrypt reads (72 bytes). */
    static final String PASSPHRASE = PasswordChangeTest.PASSPHRASE;

    @TempDir
    static Path folder;

    static ConfigurableApplicationContext server;
    static int port;

    @BeforeAll
    static void start() {
        server = KithApplication.start(DbSettings.from(new DataFolder(folder), Map.of()), "--server.port=0",
                "--logging.level.root=warn");
        port = ((WebServerApplicationContext) server).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    @Order(1)
    void theFirstVisitLeadsToSetupWithNothingPreFilled() {
        WebSession visitor = WebSession.anonymous(port);

        assertThat(visitor.get("/").location()).endsWith("/login");
        assertThat(visitor.get("/login").location()).endsWith("/setup");
        String setup = visitor.get("/setup").body();

        assertThat(setup).contains("Create the owner account", "name=\"_csrf\"", "id=\"email\"", "value=\"\"")
                .doesNotContainPattern("type=\"password\"[^>]*value=");
    }

    @Test
    @Order(2)
    void aRefusedSetupSaysWhichFieldAndKeepsTheEmail() {
        WebSession visitor = WebSession.anonymous(port);
        visitor.get("/setup");

        String differ = visitor.post("/setup", Map.of("email", "owner@example.com", "password", "a-long-password",
                "again", "another-password")).body();
        assertThat(differ).contains("id=\"again-error\"", "The two passwords differ", "value=\"owner@example.com\"");

        String shortOne = visitor.post("/setup", Map.of("email", "owner@example.com", "password", "short",
                "again", "short")).body();
        assertThat(shortOne).contains("id=\"password-error\"", "at least 8 characters");

        WebSession.Page everything = visitor.post("/setup", Map.of("email", "owner@", "password", "short",
                "again", "shorter"));
        assertThat(everything.errorOf("email")).isEqualTo("\"owner@\" is not a valid email address");
        assertThat(everything.errorOf("password")).isEqualTo("Password must be at least 8 characters");
        assertThat(everything.errorOf("again")).isEqualTo("The two passwords differ.");
        assertThat(everything.body()).contains("value=\"owner@\"");

        WebSession.Page tooLong = visitor.post("/setup", Map.of("email", "owner@example.com", "password", "é".repeat(201),
                "again", "é".repeat(201)));
        assertThat(tooLong.status()).isEqualTo(200);
        assertThat(tooLong.errorOf("password")).isEqualTo("Password must be at most 200 characters, not 201");
        assertThat(server.getBean(Accounts.class).needsSetup()).isTrue();
    }

    @Test
    @Order(3)
    void setupMakesTheOwnerAndSignsThemIn() {
        WebSession owner = WebSession.anonymous(port);
        owner.get("/setup");

        WebSession.Page done = owner.post("/setup", Map.of("email", "Owner@Example.com", "password", PASSPHRASE,
                "again", PASSPHRASE));

        assertThat(done.location()).endsWith("/today?welcome");
        assertThat(owner.get("/today?welcome").body()).contains("Kith is ready", "Get started", "Import contacts");
        assertThat(server.getBean(Accounts.class).owner().email()).isEqualTo("owner@example.com");
    }

    @Test
    @Order(4)
    void theOwnerSignsInWithTheLongPassphraseChosenAtSetup() {
        WebSession.Page signedIn = WebSession.anonymous(port).post("/login",
                Map.of("username", "owner@example.com", "password", PASSPHRASE));

        assertThat(signedIn.location()).endsWith("/today");
    }

    @Test
    @Order(5)
    void onceSetUpNobodyElseCanTakeOverTheOwner() {
        WebSession intruder = WebSession.anonymous(port);
        assertThat(intruder.get("/setup").location()).endsWith("/login");

        intruder.get("/login");
        WebSession.Page refused = intruder.post("/setup", Map.of("email", "intruder@example.com",
                "password", "another-long-password", "again", "another-long-password"));

        assertThat(refused.location()).endsWith("/login");
        assertThat(server.getBean(Accounts.class).owner().email()).isEqualTo("owner@example.com");
        assertThat(intruder.get("/today").location()).endsWith("/login");
    }
}
