package app.kith.web.who;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Account;
import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import app.kith.ask.Ask;
import app.kith.ask.Asks;
import app.kith.ask.NewAsk;
import app.kith.intro.Introduction;
import app.kith.intro.Introductions;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.NewTouchpoint;
import app.kith.touchpoint.Touchpoints;
import app.kith.web.WebSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServerTest
class WhoPageTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    @Autowired
    Touchpoints touchpoints;

    @Autowired
    Asks asks;

    @Autowired
    Introductions introductions;

    @Autowired
    Clock clock;

    private Account account(WebSession session) {
        return accounts.byId(session.accountId());
    }

    private LocalDate today(WebSession session) {
        return account(session).today(clock);
    }

    private Person add(WebSession session, String name, String role, List<String> topics, String why, String notes,
                       List<String> circles) {
        return people.add(session.accountId(), new PersonDraft(name, List.of(), List.of(), null, role, "Lisbon", null, null,
                null, topics, why, notes, 30, circles, null), today(session).minusDays(40));
    }

    /** Tom knows tax (and spoke to you on 3 Feb of this year), Ines wrote about tax in a note, Sam looks for an accountant. */
    private Network network(WebSession session) {
        LocalDate today = today(session);
        Person tom = add(session, "Tom Baker", "Tax adviser", List.of("tax advice", "bookkeeping"), "connector", null,
                List.of("Monthly"));
        touchpoints.log(session.accountId(), new NewTouchpoint(tom.id(), today.minusDays(5), "coffee", "out", null), today);
        Person ines = add(session, "Ines Duarte", "Designer", List.of("typography"), null,
                "Helped me with my tax return last spring, very patient.", List.of());
        Person sam = people.add(session.accountId(), PersonDraft.named("Sam Okafor")
                .withLookingFor(List.of("an accountant for tax")), today.minusDays(40));
        return new Network(tom, ines, sam);
    }

    private record Network(Person tom, Person ines, Person sam) {
    }

    @Test
    void resultsSayWhyEachMatchedAndWhenYouLastSpoke() {
        WebSession session = WebSession.signUp(port, accounts);
        Network n = network(session);
        LocalDate lastTouch = today(session).minusDays(5);

        WebSession.Page page = session.get("/who?q=tax");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.isFullPage()).isTrue();
        String body = page.body();
        assertThat(body).contains("href=\"/people/" + n.tom().id() + "\"", "href=\"/people/" + n.ines().id() + "\"",
                "<span class=\"label\">role:</span> <mark>Tax</mark> adviser",
                "<span class=\"label\">topics:</span> <mark>tax</mark> advice</span>",
                "<span class=\"label\">notes:</span> Helped me with my <mark>tax</mark> return last spring",
                "datetime=\"" + lastTouch + "\"", "Last spoke ", "Never in touch", "Connector", "Monthly");
        assertThat(body.indexOf("/people/" + n.tom().id() + "\"")).isLessThan(body.indexOf("/people/" + n.ines().id() + "\""));
    }

    @Test
    void htmxGetsTheResultsOnlyAndTheAddressToKeep() {
        WebSession session = WebSession.signUp(port, accounts);
        network(session);

        WebSession.Page fragment = session.htmx("/who?q=tax&location=&circle=&why=");

        assertThat(fragment.isFullPage()).isFalse();
        assertThat(fragment.body()).contains("who-results", "Tom Baker").doesNotContain("<form method=\"get\" action=\"/who\"");
        assertThat(fragment.header("HX-Push-Url")).isEqualTo("/who?q=tax");
    }

    @Test
    void filtersNarrowTheResultsAndNobodyMatchingSaysWhatToTry() {
        WebSession session = WebSession.signUp(port, accounts);
        Network n = network(session);
        long monthly = people.get(session.accountId(), n.tom().id()).circles().get(0).id();

        assertThat(session.get("/who?q=tax&why=connector").body()).contains("Tom Baker").doesNotContain("Ines Duarte");
        assertThat(session.get("/who?q=tax&circle=" + monthly).body()).contains("Tom Baker").doesNotContain("Ines Duarte");
        assertThat(session.get("/who?q=tax&location=porto").body())
                .contains("Nobody you know matches “tax” with these filters.", "remove the filters", "href=\"/who?q=tax\"");
        assertThat(session.get("/who?q=quantum").body()).contains("Nobody you know matches “quantum”.", "fewer words")
                .doesNotContain("remove the filters");
    }

    @Test
    void peoplesSearchOffersToAskWhoKnows() {
        WebSession session = WebSession.signUp(port, accounts);
        network(session);

        assertThat(session.htmx("/people?q=tax+advice").body()).contains("href=\"/who?q=tax+advice\"",
                "Who knows “tax advice”?");
        assertThat(session.get("/people").body()).doesNotContain("Who knows “");
    }

    @Test
    void anEmptySearchExplainsAndOffersSearchesFromYourOwnTopics() {
        WebSession session = WebSession.signUp(port, accounts);
        network(session);

        String body = session.get("/who").body();

        assertThat(body).contains("Type what you need", "href=\"/who?q=tax+advice\"", "href=\"/who?q=bookkeeping\"")
                .doesNotContain("who-results");
    }

    @Test
    void aRefusedFilterOrSearchIsNamedNotAFailure() {
        WebSession session = WebSession.signUp(port, accounts);
        network(session);

        WebSession.Page why = session.get("/who?q=tax&why=foo");
        WebSession.Page longText = session.htmx("/who?q=" + "tax+".repeat(60));
        WebSession.Page circle = session.get("/who?q=tax&circle=999999");

        assertThat(why.status()).isEqualTo(200);
        assertThat(why.body()).contains("Why they matter is awesome or connector.").doesNotContain("Tom Baker");
        assertThat(longText.status()).isEqualTo(200);
        assertThat(longText.body()).contains("The search is at most 200 characters");
        assertThat(circle.body()).contains("The circle chosen no longer exists");
    }

    @Test
    void oneClickRecordsAnAskAboutTheSearchAndUndoTakesItBack() {
        WebSession session = WebSession.signUp(port, accounts);
        Network n = network(session);
        assertThat(session.get("/who?q=tax").body()).contains("Ask Tom");

        WebSession.Page asked = session.htmxPost("/who/ask", Map.of("personId", String.valueOf(n.tom().id()),
                "text", "help with tax", "q", "tax"));

        assertThat(asked.isFullPage()).isFalse();
        assertThat(asked.body()).contains("✓ Asked Tom for help with tax", ">Undo<", "Edit");
        List<Ask> made = asks.list(account(session), null, null, n.tom().id(), today(session));
        assertThat(made).extracting(Ask::text).containsExactly("help with tax");

        WebSession.Page undone = session.htmxPost("/who/asks/" + made.get(0).id() + "/undo",
                Map.of("personId", String.valueOf(n.tom().id()), "q", "tax"));

        assertThat(undone.body()).contains("Ask Tom").doesNotContain("✓ Asked");
        assertThat(asks.list(account(session), null, null, n.tom().id(), today(session))).isEmpty();
        assertThat(people.get(session.accountId(), n.tom().id()).lastTouchOn()).isEqualTo(today(session).minusDays(5));
    }

    @Test
    void anAskCanBeRewordedInPlace() {
        WebSession session = WebSession.signUp(port, accounts);
        Network n = network(session);
        session.get("/who?q=tax");
        session.htmxPost("/who/ask", Map.of("personId", String.valueOf(n.tom().id()), "text", "help with tax", "q", "tax"));
        long id = asks.list(account(session), null, null, n.tom().id(), today(session)).get(0).id();

        WebSession.Page edited = session.htmxPost("/who/asks/" + id + "/edit", Map.of("personId",
                String.valueOf(n.tom().id()), "text", "an hour on my tax return", "q", "tax"));

        assertThat(edited.body()).contains("✓ Asked Tom for an hour on my tax return");
        assertThat(asks.list(account(session), null, null, n.tom().id(), today(session))).extracting(Ask::text)
                .containsExactly("an hour on my tax return");
    }

    @Test
    void withoutJavaScriptAnAskComesBackToTheSameSearchSayingWhatWasDone() {
        WebSession session = WebSession.signUp(port, accounts);
        Network n = network(session);
        session.get("/who?q=tax");

        WebSession.Page asked = session.post("/who/ask", Map.of("personId", String.valueOf(n.tom().id()),
                "text", "help with tax", "q", "tax", "why", "connector"));

        assertThat(asked.status()).isEqualTo(302);
        assertThat(asked.location()).isEqualTo("/who?q=tax&why=connector");
        assertThat(session.get(asked.location()).body()).contains("You asked Tom for help with tax.",
                "✓ Asked Tom for help with tax");
    }

    @Test
    void someoneLookingForItIsOfferedAsAnIntroductionRecordedInOneClickAndUndone() {
        WebSession session = WebSession.signUp(port, accounts);
        Network n = network(session);
        String body = session.get("/who?q=tax").body();
        assertThat(body).contains("Introduce to Sam Okafor", "looking for an accountant for tax",
                "href=\"/people/" + n.tom().id() + "#introductions\"");

        WebSession.Page proposed = session.htmxPost("/who/introduce", Map.of("personId", String.valueOf(n.tom().id()),
                "seekerId", String.valueOf(n.sam().id()), "need", "an accountant for tax",
                "reason", "Tom knows about tax, which Sam is looking for (an accountant for tax)", "q", "tax"));

        assertThat(proposed.body()).contains("✓ Introduction to", "Sam Okafor", "proposed", ">Undo<");
        List<Introduction> made = introductions.ofPerson(session.accountId(), n.tom().id());
        assertThat(made).hasSize(1);
        assertThat(made.get(0).other(n.tom().id()).id()).isEqualTo(n.sam().id());
        assertThat(made.get(0).reason()).isEqualTo("Tom knows about tax, which Sam is looking for (an accountant for tax)");
        assertThat(session.get("/who?q=tax").body()).doesNotContain("who-intro-" + n.tom().id() + "-" + n.sam().id());

        WebSession.Page undone = session.htmxPost("/who/introductions/" + made.get(0).id() + "/undo",
                Map.of("personId", String.valueOf(n.tom().id()), "need", "an accountant for tax", "q", "tax"));

        assertThat(undone.body()).contains("Introduce to Sam Okafor");
        assertThat(introductions.ofPerson(session.accountId(), n.tom().id())).isEmpty();
    }

    @Test
    void anotherAccountsPeopleAsksAndIntroductionsAreNotFound() {
        WebSession ada = WebSession.signUp(port, accounts);
        Network adas = network(ada);
        Ask adasAsk = asks.ask(account(ada), new NewAsk(adas.tom().id(), "help", null, null), today(ada));
        WebSession eve = WebSession.signUp(port, accounts);
        Network eves = network(eve);
        eve.get("/who?q=tax");

        assertThat(eve.get("/who?q=tax").body()).doesNotContain("/people/" + adas.tom().id() + "\"");
        assertThat(eve.htmxPost("/who/ask", Map.of("personId", String.valueOf(adas.tom().id()), "text", "help")).status())
                .isEqualTo(404);
        assertThat(eve.htmxPost("/who/asks/" + adasAsk.id() + "/undo", Map.of("personId",
                String.valueOf(eves.tom().id()))).status()).isEqualTo(404);
        assertThat(eve.htmxPost("/who/introduce", Map.of("personId", String.valueOf(eves.tom().id()),
                "seekerId", String.valueOf(adas.sam().id()), "reason", "why not")).status()).isEqualTo(404);
        assertThat(asks.list(account(ada), null, null, adas.tom().id(), today(ada))).hasSize(1);
        assertThat(introductions.ofPerson(ada.accountId(), adas.sam().id())).isEmpty();
    }

    @Test
    void anActionWithoutTheFormsTokenIsRefused() {
        WebSession session = WebSession.signUp(port, accounts);
        Network n = network(session);

        WebSession.Page refused = session.postExactly("/who/ask", Map.of("personId", String.valueOf(n.tom().id()),
                "text", "help with tax"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(asks.list(account(session), null, null, n.tom().id(), today(session))).isEmpty();
    }

    @Test
    void namesAndNotesWithMarkupStayText() {
        WebSession session = WebSession.signUp(port, accounts);
        add(session, "<script>alert(1)</script> Tax", "Adviser", List.of("<b>tax</b> law"), null,
                "Knows <img src=x onerror=alert(2)> tax rules", List.of());

        String body = session.get("/who?q=tax").body();

        assertThat(body).doesNotContain("<script>alert(1)", "<b>tax", "<img src=x")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;<mark>tax</mark>&lt;/b&gt; law",
                        "&lt;img src=x onerror=alert(2)&gt; <mark>tax</mark> rules");
    }
}
