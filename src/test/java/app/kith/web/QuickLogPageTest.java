package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.Channel;
import app.kith.touchpoint.NewTouchpoint;
import app.kith.touchpoint.Touchpoint;
import app.kith.touchpoint.Touchpoints;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The quick log from every page's navigation, its typeahead, and its undo. */
@ServerTest
class QuickLogPageTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    @Autowired
    Touchpoints touchpoints;

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

    private List<Touchpoint> touchpointsOf(Person p) {
        return touchpoints.ofPerson(web.accountId(), p.id(), 10, 0);
    }

    @Test
    void everyPageOffersTheLogAndItsDialog() {
        String page = web.get("/people").body();

        assertThat(page).contains("<a href=\"/log\" role=\"button\" class=\"quick-log-open\" hx-get=\"/log\"",
                "aria-haspopup=\"dialog\"", "<dialog id=\"quick-log\" aria-labelledby=\"quick-log-heading\">");
    }

    @Test
    void theFormAsksWhoHowWhenAndANoteDatedTodayAtTheLatest() {
        WebSession.Page form = web.get("/log", Map.of("HX-Request", "true", "HX-Current-URL",
                "http://127.0.0.1:" + port + "/people/7?x=1"));

        assertThat(form.isFullPage()).isFalse();
        assertThat(form.body()).contains("<label for=\"ql-who\">Who</label>", "role=\"combobox\"",
                "hx-get=\"/people/lookup?for=ql-who\"", "aria-controls=\"ql-who-options\"",
                "<input type=\"hidden\" id=\"ql-who-choice\" name=\"personId\" value=\"\" disabled>",
                "<label for=\"ql-channel\">How</label>", "<label for=\"ql-note\">Note</label>",
                "type=\"date\" max=\"" + today + "\" value=\"" + today + "\"", "name=\"_csrf\"",
                "<input type=\"hidden\" name=\"return\" value=\"/people/7?x=1\">");
    }

    @Test
    void withoutJavaScriptTheLogIsAPageOfItsOwn() {
        WebSession.Page page = web.get("/log", Map.of("Referer", "http://127.0.0.1:" + port + "/circles"));

        assertThat(page.isFullPage()).isTrue();
        assertThat(page.body()).contains("<h2 id=\"quick-log-heading\">Log a touchpoint</h2>",
                "name=\"return\" value=\"/circles\"", "<a href=\"/circles\" role=\"button\" class=\"secondary outline\">Cancel</a>");
    }

    @Test
    void theLookupListsMatchesAsOptionsAndLeavesOutTheOneAsked() {
        Person ada = add("Ada Lovelace", "Engines <Ltd>");
        Person adam = add("Adam Smith", null);
        add("Grace Hopper", null);

        String list = web.htmx("/people/lookup?q=ada&for=ql-who").body();

        assertThat(list).contains("<li role=\"option\" id=\"ql-who-" + ada.id() + "\" data-id=\"" + ada.id()
                + "\" data-name=\"Ada Lovelace\" aria-selected=\"false\">", "<small>Engines &lt;Ltd&gt;</small>",
                "data-name=\"Adam Smith\"").doesNotContain("Grace");
        assertThat(web.htmx("/people/lookup?q=ada&for=ql-who&except=" + ada.id()).body())
                .doesNotContain("Ada Lovelace").contains("Adam Smith");
        assertThat(web.htmx("/people/lookup?q=zed&for=ql-who").body()).contains("Nobody matches “zed”");
        assertThat(web.htmx("/people/lookup?q=&for=ql-who").body()).doesNotContain("<li");
        assertThat(adam.id()).isPositive();
    }

    @Test
    void theLookupFindsANameByItsBeginningAsTypedNamesFirst() {
        Person priya = add("Priya Raman", null);
        Person principal = people.add(web.accountId(), new PersonDraft("Otto Weiss", null, null, null, "Principal engineer",
                null, null, null, null, null, null, null, null, null, null), today);
        Person turing = add("Alan Turing", null);

        // "Turi" is no word the stemmed index holds (it keeps "ture" for Turing): the name's beginning finds him.
        for (String typed : List.of("T", "Tu", "Tur", "Turi", "Turin", "Turing", "alan tu")) {
            assertThat(web.htmx("/people/lookup?q=" + typed.replace(" ", "%20") + "&for=ql-who").body()).as(typed)
                    .contains("data-id=\"" + turing.id() + "\"");
        }
        String pri = web.htmx("/people/lookup?q=Pri&for=ql-who").body();
        assertThat(pri).contains("data-name=\"Priya Raman\"", "data-name=\"Otto Weiss\"");
        assertThat(pri.indexOf("data-id=\"" + priya.id() + "\"")).as("a name before a role")
                .isLessThan(pri.indexOf("data-id=\"" + principal.id() + "\""));
        assertThat(web.htmx("/people/lookup?q=Priya%20Ramen&for=ql-who").body()).as("a typo in a name")
                .contains("data-name=\"Priya Raman\"");
    }

    @Test
    void anotherAccountsPeopleAreNeverAmongTheMatches() {
        WebSession other = WebSession.signUp(port, accounts);
        people.add(other.accountId(), PersonDraft.named("Ada Theirs"), today);

        assertThat(web.htmx("/people/lookup?q=ada").body()).doesNotContain("Ada Theirs");
    }

    @Test
    void loggingSomeoneNotDueIsOneStepAndSaysSoInPlaceWithAnUndo() {
        Person ada = add("Ada Lovelace", null);
        web.get("/today");

        WebSession.Page logged = web.htmxPost("/log", Map.of("who", "Ada Lovelace", "personId", String.valueOf(ada.id()),
                "channel", "coffee", "note", "Talked engines", "on", today.toString(), "return", "/today"));

        assertThat(logged.status()).isEqualTo(200);
        Touchpoint t = touchpointsOf(ada).get(0);
        assertThat(t.channel()).isEqualTo(Channel.COFFEE);
        assertThat(t.note()).isEqualTo("Talked engines");
        assertThat(people.get(web.accountId(), ada.id()).lastTouchOn()).isEqualTo(today);
        assertThat(logged.body()).contains("Logged coffee with <a href=\"/people/" + ada.id() + "\">Ada Lovelace</a>.",
                "hx-post=\"/log/" + t.id() + "/undo\"", ">Undo</button>", ">Log another</a>");
    }

    @Test
    void undoTakesTheTouchpointBackAndTheClockWithIt() {
        Person ada = add("Ada Lovelace", null);
        touchpoints.log(web.accountId(), new NewTouchpoint(ada.id(), today.minusDays(20), "call", "out", null), today);
        web.get("/today");
        web.htmxPost("/log", Map.of("personId", String.valueOf(ada.id()), "channel", "call", "on", today.minusDays(2).toString()));
        Touchpoint logged = touchpointsOf(ada).get(0);
        assertThat(people.get(web.accountId(), ada.id()).lastTouchOn()).isEqualTo(today.minusDays(2));

        WebSession.Page undone = web.htmxPost("/log/" + logged.id() + "/undo", Map.of("return", "/today"));

        assertThat(undone.body()).contains("Undone: no call logged with");
        assertThat(touchpointsOf(ada)).hasSize(1);
        assertThat(people.get(web.accountId(), ada.id()).lastTouchOn()).isEqualTo(today.minusDays(20));
        assertThat(web.htmxPost("/log/" + logged.id() + "/undo", Map.of()).status()).as("undone already").isEqualTo(404);
    }

    @Test
    void aTypedNameThatNamesOnePersonIsEnough() {
        Person grace = add("Grace Hopper", null);
        web.get("/today");

        web.htmxPost("/log", Map.of("who", "grace hopper", "channel", "email"));

        assertThat(touchpointsOf(grace)).singleElement().satisfies(t -> assertThat(t.on()).isEqualTo(today));
    }

    @Test
    void aNameOfSeveralOffersThemAndNobodyOrAFutureDayIsRefusedByTheField() {
        Person ada = add("Ada Lovelace", "Engines");
        add("Ada Byron", null);
        web.get("/today");

        WebSession.Page several = web.htmxPost("/log", Map.of("who", "ada", "channel", "call", "on", ""));
        assertThat(several.errorOf("ql-who")).isEqualTo("Several people match “ada”: choose one");
        assertThat(several.body()).contains("<legend>Which one?</legend>",
                "<input type=\"radio\" name=\"personId\" value=\"" + ada.id() + "\"> Ada Lovelace — Engines");

        assertThat(web.htmxPost("/log", Map.of("who", "Zed", "channel", "call")).errorOf("ql-who"))
                .isEqualTo("Nobody called “Zed” among your people");
        assertThat(web.htmxPost("/log", Map.of("who", "", "channel", "call")).errorOf("ql-who"))
                .isEqualTo("Type who you were in touch with");
        WebSession.Page future = web.htmxPost("/log", Map.of("personId", String.valueOf(ada.id()), "channel", "call",
                "on", today.plusDays(1).toString()));
        assertThat(future.errorOf("ql-on")).startsWith("Date " + today.plusDays(1) + " is after today");
        assertThat(future.body()).contains("value=\"" + today.plusDays(1) + "\"");
        assertThat(touchpointsOf(ada)).isEmpty();
    }

    @Test
    void anotherAccountsPersonCannotBeLoggedNorTheirTouchpointUndone() {
        WebSession other = WebSession.signUp(port, accounts);
        Person theirs = people.add(other.accountId(), PersonDraft.named("Theirs"), today);
        Touchpoint their = touchpoints.log(other.accountId(), new NewTouchpoint(theirs.id(), today, "call", "out", null), today);
        web.get("/today");

        WebSession.Page refused = web.htmxPost("/log", Map.of("personId", String.valueOf(theirs.id()), "channel", "call"));

        assertThat(refused.errorOf("ql-who")).isEqualTo("That person is no longer among your people");
        assertThat(web.htmxPost("/log/" + their.id() + "/undo", Map.of()).status()).isEqualTo(404);
        assertThat(touchpoints.ofPerson(other.accountId(), theirs.id(), 10, 0)).hasSize(2 - 1);
    }

    @Test
    void withoutJavaScriptTheLogGoesBackWhereItCameFromAndSaysWhatItDidWithAnUndo() {
        Person ada = add("Ada Lovelace", null);
        web.get("/today");

        WebSession.Page logged = web.post("/log", "who", "Ada Lovelace", "channel", "video", "on",
                today.minusDays(1).toString(), "return", "/circles");

        assertThat(logged.location()).isEqualTo("/circles");
        String back = web.get("/circles").body();
        Touchpoint t = touchpointsOf(ada).get(0);
        assertThat(back).contains("Logged a video call with <a href=\"/people/" + ada.id() + "\">Ada Lovelace</a> on "
                + Dates.date(today.minusDays(1)) + ".", "action=\"/log/" + t.id() + "/undo\"");
        assertThat(web.get("/circles").body()).as("said once").doesNotContain("Logged a video call");

        WebSession.Page undone = web.post("/log/" + t.id() + "/undo", "return", "/circles");
        assertThat(undone.location()).isEqualTo("/circles");
        assertThat(web.get("/circles").body()).contains("Undone: no video call logged with");
        assertThat(touchpointsOf(ada)).isEmpty();
    }

    @Test
    void aReturnPathToAnotherSiteIsNeverFollowed() {
        Person ada = add("Ada Lovelace", null);
        web.get("/today");

        WebSession.Page logged = web.post("/log", "personId", String.valueOf(ada.id()), "channel", "call",
                "return", "//evil.example/x");

        assertThat(logged.location()).isEqualTo("/today");
    }

    @Test
    void introduceTypesTheOtherPersonWithTheSameLookupLeavingThemselvesOut() {
        Person ada = add("Ada Lovelace", null);

        String page = web.get("/people/" + ada.id()).body();

        assertThat(page).contains("hx-get=\"/people/lookup?for=intro-other&amp;except=" + ada.id() + "\"",
                "<input type=\"hidden\" id=\"intro-other-choice\" name=\"otherId\" value=\"\" disabled>");
        Matcher label = Pattern.compile("<label for=\"intro-other\">([^<]*)</label>").matcher(page);
        assertThat(label.find()).isTrue();
        assertThat(label.group(1)).isEqualTo("Introduce Ada to…");
    }
}
