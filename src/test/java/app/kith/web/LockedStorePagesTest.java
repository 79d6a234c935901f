package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.db.DbSettings;
import app.kith.person.People;
import app.kith.person.PersonDraft;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web app while another program holds the database longer than the server waits: an action
 * says the database is busy and that nothing was saved (503, Retry-After), in place for htmx, and
 * works again at once when the lock is gone.
 */
@SpringBootTest(classes = {app.kith.KithApplication.class, app.kith.api.ServerTest.Store.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.level.root=error", "kith.db.lock-wait=1s", "kith.health.write-wait=300ms"})
class LockedStorePagesTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    @Autowired
    DbSettings settings;

    @Test
    void anActionWhileTheDatabaseIsHeldSaysNothingWasSavedAndWorksOnceItIsFree() throws Exception {
        WebSession web = WebSession.signUp(port, accounts);
        long ada = people.add(web.accountId(), PersonDraft.named("Ada"), LocalDate.now()).id();
        web.get("/people/" + ada);

        Connection other = DriverManager.getConnection(settings.jdbcUrl());
        try (Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
        }
        WebSession.Page page = web.post("/people/" + ada + "/touchpoints", "on", LocalDate.now().toString(),
                "channel", "call", "direction", "out", "note", "while held");
        WebSession.Page fragment = web.htmxPost("/people/" + ada + "/touchpoints", "on", LocalDate.now().toString(),
                "channel", "call", "direction", "out", "note", "while held, htmx");
        try (Statement s = other.createStatement()) {
            s.execute("ROLLBACK");
        }
        other.close();

        for (WebSession.Page refused : new WebSession.Page[] {page, fragment}) {
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).contains("5");
            assertThat(refused.body()).contains("data-message", "busy", "Nothing was saved");
        }
        WebSession.Page after = web.htmxPost("/people/" + ada + "/touchpoints", "on", LocalDate.now().toString(),
                "channel", "call", "direction", "out", "note", "once free");
        assertThat(after.status()).isEqualTo(200);
        assertThat(web.get("/people/" + ada).body()).contains("once free").doesNotContain("while held");
    }
}
