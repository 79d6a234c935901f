package app.kith.web.person;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.NewTouchpoint;
import app.kith.touchpoint.Touchpoints;
import app.kith.web.WebSession;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Another account's person is a plain 404 on every page and form, whether it exists or not. */
@ServerTest
class PersonPagesIsolationTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    @Autowired
    Touchpoints touchpoints;

    WebSession owner;
    WebSession other;
    Person zelda;
    Person gone;

    @BeforeEach
    void twoAccounts() {
        owner = WebSession.signUp(port, accounts);
        other = WebSession.signUp(port, accounts);
        LocalDate today = accounts.byId(owner.accountId()).today(Clock.systemDefaultZone());
        zelda = people.add(owner.accountId(), PersonDraft.named("Zelda Unseen").withRhythm(30), today);
        touchpoints.log(owner.accountId(), new NewTouchpoint(zelda.id(), today.minusDays(3), "call", null, "private note"),
                today);
        zelda = people.get(owner.accountId(), zelda.id());
        gone = people.add(owner.accountId(), PersonDraft.named("Gone Girl"), today);
        people.delete(owner.accountId(), gone.id());
    }

    @Test
    void anotherAccountsPersonIsNotFoundOnEveryPage() {
        String path = "/people/" + zelda.id();

        assertNotFound(other.get(path));
        assertNotFound(other.htmx(path + "?offset=20"));
        assertNotFound(other.get(path + "/edit"));
        assertNotFound(other.post(path, "name", "Taken Over"));
        assertNotFound(other.post(path, "name", ""));
        assertNotFound(other.post(path + "/touchpoints", "note", "sneaky"));
        assertNotFound(other.htmxPost(path + "/touchpoints", "on", "someday"));
        assertNotFound(other.post(path + "/delete"));

        assertThat(people.get(owner.accountId(), zelda.id())).isEqualTo(zelda);
        assertThat(touchpoints.ofPerson(owner.accountId(), zelda.id(), 10, 0)).hasSize(1);
        assertThat(owner.get(path).body()).contains("Zelda Unseen", "private note");
    }

    @Test
    void anotherAccountCanNeitherRestoreNorBeOfferedTheOwnersDeletedPerson() {
        assertNotFound(other.post("/people/" + gone.id() + "/restore"));
        assertThat(other.get("/people/new?deleted=" + gone.id()).body()).doesNotContain("Gone Girl", "was deleted");

        assertThat(people.recentlyDeleted(owner.accountId(), gone.id())).isPresent();
        assertThat(owner.get("/people/new?deleted=" + gone.id()).body()).contains("Gone Girl was deleted.");
    }

    private static void assertNotFound(WebSession.Page page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("Zelda", "private note", "Gone Girl");
    }
}
