package app.kith.web.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import app.kith.circle.Circles;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.touchpoint.Direction;
import app.kith.touchpoint.Touchpoints;
import app.kith.web.WebSession;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServerTest
class NewPersonPageTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    @Autowired
    Circles circles;

    @Autowired
    Touchpoints touchpoints;

    WebSession web;
    LocalDate today;

    @BeforeEach
    void signIn() {
        web = WebSession.signUp(port, accounts);
        today = accounts.byId(web.accountId()).today(java.time.Clock.systemDefaultZone());
    }

    private Person onlyPerson() {
        assertThat(people.count(web.accountId())).isEqualTo(1);
        return people.search(web.accountId(), null, 1, 0).get(0);
    }

    @Test
    void theFormOffersTheConventionalCirclesBeforeAnyExistAndTheAccountsOwn() {
        circles.add(web.accountId(), "Clients", 45);

        WebSession.Page form = web.get("/people/new");

        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("<label for=\"name\">Name</label>", "<label for=\"email\">Email</label>",
                "<label for=\"circle\">Circle</label>", "<label for=\"rhythmDays\">Rhythm (days)</label>",
                "<legend>Why they matter</legend>", "<label for=\"lastTouch\">Last in touch on</label>",
                ">Add person</button>");
        assertThat(form.body()).contains("<option value=\"Weekly\">", "<option value=\"Monthly\">",
                "<option value=\"Quarterly\">", "<option value=\"Yearly\">", "<option value=\"Clients\">Clients · every 45 days");
        assertThat(circles.list(web.accountId())).hasSize(1);
    }

    @Test
    void aPersonWithOnlyANameIsAddedOnTheDefaultRhythmAndTheirPageOpens() {
        WebSession.Page added = web.post("/people", "name", "Ada Lovelace", "email", "", "circle", "", "rhythmDays", "",
                "why", "", "lastTouch", "");

        Person ada = onlyPerson();
        assertThat(added.status()).isEqualTo(302);
        assertThat(added.location()).isEqualTo("/people/" + ada.id());
        assertThat(ada.name()).isEqualTo("Ada Lovelace");
        assertThat(ada.circles()).isEmpty();
        assertThat(ada.rhythmDays()).isEqualTo(30);
        assertThat(ada.dueOn()).isEqualTo(today.plusDays(30));
        assertThat(web.get(added.location()).body()).contains("<h1>Ada Lovelace</h1>");
    }

    @Test
    void theFormSaysTheDefaultRhythmAndNoRhythmIsAnExplicitChoice() {
        assertThat(web.get("/people/new").body()).contains("with neither, every 30 days (your default).")
                .contains("<input id=\"noRhythm\" type=\"checkbox\" name=\"noRhythm\" value=\"true\">");

        web.post("/people", "name", "Dee Untracked", "noRhythm", "true", "circle", "", "rhythmDays", "");

        assertThat(onlyPerson().rhythmDays()).isNull();
    }

    @Test
    void aRhythmAndNoRhythmTogetherAreRefusedAndNothingIsAdded() {
        WebSession.Page refused = web.post("/people", "name", "Dee", "noRhythm", "true", "rhythmDays", "14");

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Rhythm and “No rhythm” say opposite things: choose one");
        assertThat(people.count(web.accountId())).isZero();
    }

    @Test
    void withNoDefaultRhythmThereIsNoNoRhythmChoiceAndNewPeopleAreNotTracked() {
        accounts.changeSettings(web.accountId(), app.kith.account.SettingsChange.defaultRhythm(null));

        assertThat(web.get("/people/new").body()).doesNotContain("noRhythm").doesNotContain("your default");
        web.post("/people", "name", "Ada Lovelace");

        assertThat(onlyPerson().rhythmDays()).isNull();
    }

    @Test
    void everyFieldOfTheFormIsSavedAndTheLastTouchIsLogged() {
        web.post("/people", "name", "Ada Lovelace", "email", "ada@example.com", "circle", "Monthly", "rhythmDays", "",
                "why", "connector", "lastTouch", today.minusDays(40).toString());

        Person ada = onlyPerson();
        assertThat(ada.emails()).containsExactly("ada@example.com");
        assertThat(ada.circles()).extracting(Person.CircleRef::name).containsExactly("Monthly");
        assertThat(ada.rhythmDays()).isEqualTo(30);
        assertThat(ada.why().key()).isEqualTo("connector");
        assertThat(ada.lastTouchOn()).isEqualTo(today.minusDays(40));
        assertThat(ada.dueOn()).isEqualTo(today.minusDays(10));
        assertThat(touchpoints.ofPerson(web.accountId(), ada.id(), 10, 0)).singleElement().satisfies(t -> {
            assertThat(t.on()).isEqualTo(today.minusDays(40));
            assertThat(t.direction()).isEqualTo(Direction.MUTUAL);
        });
    }

    @Test
    void theAwesomeAndConnectorSwitchesTogetherMakeSomeoneBoth() {
        WebSession.Page form = web.get("/people/new");
        assertThat(form.body()).contains("<input type=\"checkbox\" name=\"why\" value=\"awesome\" role=\"switch\"",
                "<input type=\"checkbox\" name=\"why\" value=\"connector\" role=\"switch\"").doesNotContain("Not said");

        web.post("/people", "name", "Ada Lovelace", "why", "awesome", "why", "connector");

        assertThat(onlyPerson().why()).isEqualTo(app.kith.person.Why.BOTH);
    }

    @Test
    void neitherSwitchOnLeavesWhyTheyMatterUnsaid() {
        web.post("/people", "name", "Grace Hopper");

        assertThat(onlyPerson().why()).isNull();
    }

    @Test
    void theirOwnRhythmWinsOverTheCircle() {
        web.post("/people", "name", "Grace Hopper", "circle", "Yearly", "rhythmDays", "14");

        assertThat(onlyPerson().rhythmDays()).isEqualTo(14);
    }

    @Test
    void invalidInputShowsTheMessageByTheFieldAndKeepsWhatWasTyped() {
        WebSession.Page refused = web.post("/people", "name", "Ada <Lovelace>", "email", "ada at example",
                "circle", "Quarterly", "rhythmDays", "21", "why", "both", "lastTouch", today.minusDays(3).toString());

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.errorOf("email")).isEqualTo("\"ada at example\" is not a valid email address");
        assertThat(refused.body()).containsPattern("<input id=\"email\"[^>]*aria-invalid=\"true\"\\s+aria-describedby=\"email-error\"");
        assertThat(refused.body()).contains("value=\"Ada &lt;Lovelace>\"", "value=\"ada at example\"",
                "<option value=\"Quarterly\" selected>", "value=\"21\"",
                "name=\"why\" value=\"awesome\" role=\"switch\" checked", "name=\"why\" value=\"connector\" role=\"switch\" checked",
                "value=\"" + today.minusDays(3) + "\"");
        assertThat(people.count(web.accountId())).isZero();
        assertThat(circles.list(web.accountId())).isEmpty();
    }

    @Test
    void eachRefusedFieldIsNamedInWords() {
        assertThat(web.post("/people", "name", " ").errorOf("name")).isEqualTo("Name is required");
        assertThat(web.post("/people", "name", "Ada", "rhythmDays", "soon").errorOf("rhythmDays"))
                .isEqualTo("Rhythm must be a whole number of days, like 30, not \"soon\"");
        assertThat(web.post("/people", "name", "Ada", "rhythmDays", "0").errorOf("rhythmDays"))
                .isEqualTo("Rhythm must be at least 1 day, not 0");
        assertThat(web.post("/people", "name", "Ada", "lastTouch", today.plusDays(1).toString()).errorOf("lastTouch"))
                .isEqualTo("The date " + today.plusDays(1) + " is after today (" + today
                        + "); Kith records only what has happened");
        assertThat(web.post("/people", "name", "Ada", "lastTouch", "yesterday").errorOf("lastTouch"))
                .isEqualTo("Use a date like 2026-03-01, not \"yesterday\"");
        assertThat(web.post("/people", "name", "Ada", "lastTouch", "1850-01-01").errorOf("lastTouch"))
                .isEqualTo("The date must be between 1900-01-01 and 2999-12-31, not 1850-01-01");
        assertThat(web.post("/people", "name", "Ada", "circle", "Secret Society").errorOf("circle"))
                .startsWith("No circle named \"Secret Society\"");
        assertThat(people.count(web.accountId())).isZero();
    }

    @Test
    void theFormGoesBackToALocalPageItCameFromAndNowhereElse() {
        WebSession.Page fromToday = web.get("/people/new?return=/today");
        assertThat(fromToday.body()).contains("<input type=\"hidden\" name=\"return\" value=\"/today\">");

        assertThat(web.post("/people", "name", "Ada", "return", "/today").location()).isEqualTo("/today");
        for (String elsewhere : new String[] {"//evil.example/x", "https://evil.example", "/\\evil.example", "today"}) {
            WebSession.Page added = web.post("/people", "name", "Someone", "return", elsewhere);
            assertThat(added.location()).as(elsewhere).matches("/people/\\d+");
        }
        assertThat(web.get("/people/new?return=//evil.example").body()).doesNotContain("name=\"return\"");
    }

    @Test
    void aRefusedFormFromTodayStillGoesBackToToday() {
        WebSession.Page refused = web.post("/people", "name", "", "return", "/today");

        assertThat(refused.body()).contains("<input type=\"hidden\" name=\"return\" value=\"/today\">");
    }
}
