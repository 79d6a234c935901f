package app.kith.web.trash;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Account;
import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import app.kith.intro.Introduction;
import app.kith.intro.Introductions;
import app.kith.intro.NewIntroduction;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.web.WebSession;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Trash page and the Undo after a delete, without a browser: forms post, pages come back. */
@ServerTest
class TrashPageTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    @Autowired
    Introductions introductions;

    @Autowired
    Clock clock;

    WebSession web;
    Introduction intro;

    @BeforeEach
    void anIntroductionProposed() {
        web = WebSession.signUp(port, accounts);
        Account me = accounts.byId(web.accountId());
        LocalDate today = me.today(clock);
        Person ada = people.add(me.id(), PersonDraft.named("Ada <Lovelace>"), today);
        Person grace = people.add(me.id(), PersonDraft.named("Grace Hopper"), today);
        intro = introductions.propose(me.id(), new NewIntroduction(ada.id(), grace.id(), "Engines", today), today);
    }

    @Test
    void anIntroductionDeletedOffersItsUndoAndComesBack() {
        web.get("/introductions");

        WebSession.Page deleted = web.post("/introductions/" + intro.id() + "/delete");

        assertThat(deleted.location()).endsWith("/introductions");
        String page = web.get("/introductions").body();
        assertThat(page).contains("Deleted: Ada &lt;Lovelace&gt; and Grace Hopper: Engines.",
                "action=\"/trash/introduction/" + intro.id() + "/restore\"");
        assertThat(introductions.ofPerson(web.accountId(), intro.personA().id())).isEmpty();

        WebSession.Page undone = web.post("/trash/introduction/" + intro.id() + "/restore", "return", "/introductions");

        assertThat(undone.location()).endsWith("/introductions");
        assertThat(introductions.get(web.accountId(), intro.id())).isEqualTo(intro);
    }

    @Test
    void theTrashPageListsRestoresAndDeletesForGood() {
        web.post("/introductions/" + intro.id() + "/delete");

        String page = web.get("/trash").body();
        assertThat(page).contains("<h1>Trash</h1>", "Introductions", "Ada &lt;Lovelace&gt; and Grace Hopper: Engines",
                ">Restore</button>", ">Delete now</button>");

        WebSession.Page gone = web.post("/trash/introduction/" + intro.id() + "/delete");

        assertThat(gone.location()).endsWith("/trash");
        assertThat(web.get("/trash").body()).contains("Deleted for good: Ada &lt;Lovelace&gt; and Grace Hopper: Engines.",
                "Nothing in the trash");
    }

    @Test
    void anotherAccountCannotRestoreOrDeleteYours() {
        web.post("/introductions/" + intro.id() + "/delete");
        WebSession other = WebSession.signUp(port, accounts);
        other.get("/trash");

        assertThat(other.get("/trash").body()).contains("Nothing in the trash");
        assertThat(other.post("/trash/introduction/" + intro.id() + "/restore").status()).isEqualTo(404);
        assertThat(other.post("/trash/introduction/" + intro.id() + "/delete").status()).isEqualTo(404);
        assertThat(web.get("/trash").body()).contains("Engines");
    }

    @Test
    void anOffSiteReturnAddressIsIgnored() {
        web.post("/introductions/" + intro.id() + "/delete");
        web.get("/trash");

        WebSession.Page undone = web.post("/trash/introduction/" + intro.id() + "/restore", "return", "//evil.example/");

        assertThat(undone.location()).endsWith("/trash");
    }
}
