package app.kith.server;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.Folders;
import app.kith.KithApplication;
import app.kith.OwnPostgres;
import app.kith.account.Accounts;
import app.kith.db.DataFolder;
import app.kith.db.DbSettings;
import app.kith.person.People;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.Touchpoints;
import app.kith.web.WebSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The web app, signed in, while PostgreSQL is down: the sessions live in PostgreSQL too, so a
 * page cannot even learn who is asking. Every page, form and htmx request answers a calm 503 page
 * (no stack trace, no 500, no sending the user to sign in again), readiness says so within its own
 * wait although requests wait longer, and once PostgreSQL is back the same session works again
 * without restarting Kith.
 */
class PostgresDownPagesTest {

    /** Requests wait this long for a connection; readiness checks within its own 500 ms. */
    private static final String LOCK_WAIT = "2s";

    @Test
    void signedInPagesAnswerACalm503WhilePostgresIsDownAndTheSameSessionWorksOnceItIsBack() throws Exception {
        Path folder = Files.createTempDirectory("kith-node");
        OwnPostgres postgres = OwnPostgres.start();
        ConfigurableApplicationContext kith = null;
        try {
            kith = KithApplication.start(new DbSettings(new DataFolder(folder), postgres.jdbcUrl(),
                            null, null), "--server.port=0", "--server.address=127.0.0.1", "--logging.level.root=error",
                    "--kith.db.lock-wait=" + LOCK_WAIT, "--kith.health.write-wait=500ms", "--kith.purge.initial-delay=PT1H");
            int port = Integer.parseInt(kith.getEnvironment().getProperty("local.server.port"));
            WebSession web = WebSession.signUp(port, kith.getBean(Accounts.class));
            long ada = kith.getBean(People.class).add(web.accountId(), PersonDraft.named("Ada Lovelace").withRhythm(30),
                    LocalDate.now(ZoneOffset.UTC).minusDays(1)).id();
            Touchpoints touchpoints = kith.getBean(Touchpoints.class);
            assertThat(web.get("/today").status()).isEqualTo(200);
            assertThat(web.get("/people/" + ada).status()).as("and the form's token is read").isEqualTo(200);
            String today = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
            Map<String, String> coffee = Map.of("on", today, "channel", "coffee", "direction", "mutual", "note", "Cake");
            WebSession anonymous = WebSession.anonymous(port);

            postgres.stop();

            long start = System.nanoTime();
            WebSession.Page ready = anonymous.get("/health/readiness");
            long answeredIn = (System.nanoTime() - start) / 1_000_000;
            assertThat(ready.status()).isEqualTo(503);
            // The check gives up after 500 ms; the rest is the HTTP round trip on a busy 2-core machine.
            assertThat(answeredIn).as("readiness answers without waiting the lock wait, in ms").isLessThan(1_500L);
            assertThat(anonymous.get("/health/liveness").status()).isEqualTo(200);

            Map<String, Supplier<WebSession.Page>> requests = Map.of(
                    "Today", () -> web.get("/today"),
                    "a person's page", () -> web.get("/people/" + ada),
                    "logging a touchpoint (a form)", () -> web.post("/people/" + ada + "/touchpoints", coffee),
                    "an htmx fragment", () -> web.htmx("/today"),
                    "an htmx form", () -> web.htmxPost("/people/" + ada + "/touchpoints", coffee));
            requests.forEach((what, request) -> assertCalm503(what, request.get()));

            postgres.startAgain();
            long until = System.currentTimeMillis() + 60_000;
            while (anonymous.get("/health/readiness").status() != 200 && System.currentTimeMillis() < until) {
                Thread.sleep(200);
            }
            assertThat(anonymous.get("/health/readiness").status()).as("ready again, not restarted").isEqualTo(200);

            WebSession.Page page = web.get("/today");
            assertThat(page.status()).as("the same session, still signed in: " + page).isEqualTo(200);
            assertThat(web.get("/people/" + ada).body()).contains("Ada Lovelace");
            WebSession.Page logged = web.post("/people/" + ada + "/touchpoints", coffee);
            assertThat(logged.status()).as(logged.toString()).isEqualTo(302);
            assertThat(logged.location()).isEqualTo("/people/" + ada);
            assertThat(touchpoints.ofPerson(web.accountId(), ada, 10, 0)).as("what failed was not saved").hasSize(1);
        } finally {
            if (kith != null) {
                kith.close();
            }
            postgres.close();
            Folders.delete(folder);
        }
    }

    private static void assertCalm503(String what, WebSession.Page page) {
        assertThat(page.status()).as(what + ": " + page).isEqualTo(503);
        assertThat(page.header("Location")).as(what + " is not sent to sign in").isNull();
        assertThat(page.header("Retry-After")).as(what).isNotNull();
        assertThat(page.body()).as(what).contains("cannot reach its database", "Nothing was saved").doesNotContain("Exception", "at app.kith.",
                "Whitelabel");
    }
}
