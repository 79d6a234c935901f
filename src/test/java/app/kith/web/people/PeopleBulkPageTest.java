package app.kith.web.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.person.Why;
import app.kith.web.WebSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Changing people together from the People list: the people ticked, or everyone matching its filters. */
@ServerTest
class PeopleBulkPageTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    @Autowired
    Clock clock;

    WebSession web;
    LocalDate today;

    @BeforeEach
    void signIn() {
        web = WebSession.signUp(port, accounts);
        today = accounts.byId(web.accountId()).today(clock);
    }

    private Person add(String name, String company) {
        return people.add(web.accountId(), new PersonDraft(name, null, null, company, null, null, null, null, null, null,
                null, null, null, null, null), today);
    }

    private Person now(Person p) {
        return people.get(web.accountId(), p.id());
    }

    @Test
    void eachRowHasABoxForTheBulkFormAndTheFormOffersEveryChange() {
        Person ada = add("Ada Lovelace", null);
        add("Bob Lowe", null);

        String page = web.get("/people?q=lo").body();

        assertThat(page).contains("<form id=\"bulk\" method=\"post\" action=\"/people/bulk\"",
                "<input type=\"checkbox\" name=\"ids\" value=\"" + ada.id() + "\" form=\"bulk\" aria-label=\"Select Ada Lovelace\">",
                "data-bulk-page aria-label=\"Select everyone on this page\"", "All 2 matching",
                "<option value=\"add-to-circle\">", "<option value=\"remove-from-circle\">", "<option value=\"set-rhythm\">",
                "<option value=\"awesome-on\">", "<option value=\"connector-off\">", "<option value=\"delete\">",
                "<option value=\"Monthly\">Monthly · every 30 days</option>",
                "<input type=\"hidden\" name=\"q\" value=\"lo\">");
    }

    @Test
    void theTickedPeopleGetARhythmAndTheListSaysSo() {
        Person ada = add("Ada Lovelace", null);
        Person bob = add("Bob Byron", null);
        Person cy = add("Cy Young", null);
        web.get("/people");

        WebSession.Page done = web.post("/people/bulk", "ids", String.valueOf(ada.id()), "ids", String.valueOf(bob.id()),
                "action", "set-rhythm", "rhythmDays", "45", "circle", "Monthly", "q", "", "sort", "name", "page", "1");

        assertThat(done.location()).isEqualTo("/people?sort=name");
        assertThat(web.get(done.location()).body()).contains("Gave 2 people a rhythm of every 45 days.");
        assertThat(now(ada).ownRhythmDays()).isEqualTo(45);
        assertThat(now(bob).rhythmDays()).isEqualTo(45);
        assertThat(now(cy).ownRhythmDays()).isNotEqualTo(Integer.valueOf(45));
    }

    @Test
    void everyoneMatchingTheFiltersIsChangedWhenAllIsTicked() {
        Person ada = add("Ada Lovelace", "Acme");
        Person bob = add("Bob Byron", "Acme");
        Person cy = add("Cy Young", "Initech");
        web.get("/people");

        WebSession.Page done = web.post("/people/bulk", "all", "1", "action", "connector-on", "q", "acme", "sort", "");

        assertThat(done.location()).isEqualTo("/people?q=acme");
        assertThat(web.get(done.location()).body()).contains("Marked 2 people a connector.",
                "<span class=\"chip connector\">Connector</span>");
        assertThat(now(ada).why()).isEqualTo(Why.CONNECTOR);
        assertThat(now(bob).why()).isEqualTo(Why.CONNECTOR);
        assertThat(now(cy).why()).isNull();
    }

    @Test
    void peoplePutInACircleShowItAndTheirChipsInTheList() {
        Person ada = add("Ada Lovelace", null);
        web.get("/people");

        web.post("/people/bulk", "ids", String.valueOf(ada.id()), "action", "add-to-circle", "circle", "Quarterly");
        assertThat(web.get("/people").body()).contains("Put 1 person in Quarterly.");
        web.post("/people/bulk", "ids", String.valueOf(ada.id()), "action", "awesome-on");

        assertThat(now(ada).circles()).extracting(Person.CircleRef::name).containsExactly("Quarterly");
        assertThat(web.get("/people").body()).contains("Marked 1 person awesome.",
                "<a class=\"person-name\" href=\"/people/" + ada.id() + "\">Ada Lovelace</a><span class=\"chips\"><span class=\"chip awesome\">Awesome</span>",
                "<span class=\"chip circle\">Quarterly</span>");
    }

    @Test
    void aBulkDeleteOffersOneUndoForEveryone() {
        Person ada = add("Ada Lovelace", null);
        Person bob = add("Bob Byron", null);
        web.get("/people");

        WebSession.Page deleted = web.post("/people/bulk", "ids", String.valueOf(ada.id()), "ids", String.valueOf(bob.id()),
                "action", "delete");
        String page = web.get(deleted.location()).body();
        assertThat(people.count(web.accountId())).isZero();
        Matcher undo = Pattern.compile("action=\"(/people/bulk/\\d+/restore)\"").matcher(page);
        assertThat(undo.find()).as("an undo in %s", page).isTrue();
        assertThat(page).contains("Deleted 2 people.");

        WebSession.Page restored = web.post(undo.group(1), "q", "");

        assertThat(web.get(restored.location()).body()).contains("Restored 2 people, with everything they had.");
        assertThat(people.count(web.accountId())).isEqualTo(2);
    }

    @Test
    void nobodyTickedOrAnUnknownCircleIsSaidAndKeepsTheTicksWithHtmx() {
        Person ada = add("Ada Lovelace", null);
        web.get("/people");

        WebSession.Page nobody = web.post("/people/bulk", "action", "delete", "q", "");
        assertThat(web.get(nobody.location()).body()).contains("role=\"alert\"", "Nobody is selected");

        WebSession.Page noAction = web.htmxPost("/people/bulk", Map.of("ids", String.valueOf(ada.id()), "action", ""));
        assertThat(noAction.status()).isEqualTo(400);
        assertThat(noAction.body()).contains("data-message>Choose what to change for the people ticked");

        WebSession.Page unknown = web.htmxPost("/people/bulk", Map.of("ids", String.valueOf(ada.id()), "action",
                "add-to-circle", "circle", "Mentors"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("No circle named");

        WebSession.Page badRhythm = web.htmxPost("/people/bulk", Map.of("ids", String.valueOf(ada.id()), "action",
                "set-rhythm", "rhythmDays", "0"));
        assertThat(badRhythm.body()).contains("data-message>Rhythm must be at least 1 day");
        assertThat(people.count(web.accountId())).isEqualTo(1);
    }

    @Test
    void withHtmxTheChangedResultsComeBackInPlace() {
        Person ada = add("Ada Lovelace", null);
        web.get("/people");

        WebSession.Page done = web.htmxPost("/people/bulk", Map.of("ids", String.valueOf(ada.id()), "action", "awesome-on",
                "q", "ada"));

        assertThat(done.status()).as("htmx follows the redirect itself").isEqualTo(302);
        WebSession.Page results = web.htmx(done.location());
        assertThat(results.isFullPage()).isFalse();
        assertThat(results.body()).contains("Marked 1 person awesome.", "<span class=\"chip awesome\">Awesome</span>");
    }

    @Test
    void anotherAccountsPersonIsNeverChanged() {
        add("Ada Lovelace", null);
        WebSession other = WebSession.signUp(port, accounts);
        Person theirs = people.add(other.accountId(), PersonDraft.named("Theirs"), today);
        web.get("/people");

        WebSession.Page refused = web.post("/people/bulk", "ids", String.valueOf(theirs.id()), "action", "delete");

        assertThat(refused.status()).isEqualTo(404);
        assertThat(people.count(other.accountId())).isEqualTo(1);
    }
}
