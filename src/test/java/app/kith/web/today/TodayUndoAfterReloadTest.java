package app.kith.web.today;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Account;
import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import app.kith.ask.Ask;
import app.kith.ask.AskState;
import app.kith.ask.Asks;
import app.kith.ask.NewAsk;
import app.kith.intro.IntroStep;
import app.kith.intro.Introduction;
import app.kith.intro.Introductions;
import app.kith.intro.NewIntroduction;
import app.kith.intro.OptIn;
import app.kith.person.Clocks;
import app.kith.person.Marks;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.NewTouchpoint;
import app.kith.touchpoint.Touchpoints;
import app.kith.web.WebSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Today's acted items keep their Undo all day: loaded again, the page offers it, and it works. */
@ServerTest
class TodayUndoAfterReloadTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    @Autowired
    Clocks clocks;

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

    /** Someone monthly, last touched 45 days ago: on Today. */
    private Person due(WebSession session, String name) {
        LocalDate today = today(session);
        Person p = people.add(session.accountId(), PersonDraft.named(name).withRhythm(30), today.minusDays(400));
        touchpoints.log(session.accountId(), new NewTouchpoint(p.id(), today.minusDays(45), "coffee", "out", null), today);
        return p;
    }

    /** The element of an item on a page, by its id ({@code item-}…). */
    private static String item(WebSession.Page page, String id) {
        Matcher li = Pattern.compile("(?s)<li [^>]*id=\"" + id + "\".*?</li>").matcher(page.body());
        assertThat(li.find()).as("%s in %s", id, page.body()).isTrue();
        return li.group();
    }

    @Test
    void doneSkipAndSnoozeOfferUndoOnTodayLoadedAgain() {
        WebSession session = WebSession.signUp(port, accounts);
        Person ada = due(session, "Ada Lovelace");
        Person grace = due(session, "Grace Hopper");
        Person lin = due(session, "Lin Wei");
        LocalDate today = today(session);
        clocks.skip(session.accountId(), lin.id(), today.minusDays(3));
        session.get("/today");
        session.htmxPost("/today/" + ada.id() + "/done", Map.of("date", today.toString()));
        session.htmxPost("/today/" + grace.id() + "/skip", Map.of("date", today.toString()));
        session.htmxPost("/today/" + lin.id() + "/snooze", Map.of("date", today.toString(), "until", "1m"));

        WebSession.Page reloaded = session.get("/today");

        assertThat(reloaded.body()).contains("3 of 3 handled");
        String done = item(reloaded, "item-" + ada.id());
        assertThat(done).contains("✓ Done", ">Undo</button>");
        TodayUndoTest.Undo.in(done).post(session);
        assertThat(touchpoints.ofPerson(session.accountId(), ada.id(), 10, 0)).hasSize(1);
        assertThat(people.get(session.accountId(), ada.id()).lastTouchOn()).isEqualTo(today.minusDays(45));

        String skipped = item(reloaded, "item-" + grace.id());
        assertThat(skipped).contains("Skipped today", ">Undo</button>");
        assertThat(TodayUndoTest.Undo.in(skipped).post(session).body()).contains(">Skip</button>");
        assertThat(clocks.marks(session.accountId(), grace.id())).isEqualTo(new Marks(null, null, null));

        String snoozed = item(reloaded, "item-" + lin.id());
        assertThat(snoozed).contains("Snoozed", ">Undo</button>");
        assertThat(TodayUndoTest.Undo.in(snoozed).post(session).body()).contains("name=\"until\" value=\"1w\"");
        assertThat(clocks.marks(session.accountId(), lin.id()))
                .as("awake, the skip of three days ago kept").isEqualTo(new Marks(today.minusDays(3), null, null));
        assertThat(session.get("/today").body()).contains("0 of 3 done").doesNotContain(">Undo</button>");
    }

    @Test
    void anAsksStepAndAnIntroductionStepOfferUndoOnTodayLoadedAgain() {
        WebSession session = WebSession.signUp(port, accounts);
        LocalDate today = today(session);
        long sam = people.add(session.accountId(), PersonDraft.named("Sam Okafor"), today.minusDays(40)).id();
        long priya = people.add(session.accountId(), PersonDraft.named("Priya Raman"), today.minusDays(40)).id();
        Ask ask = asks.ask(account(session), new NewAsk(sam, "an intro to your CFO", today.minusDays(10), "email"), today);
        Introduction intro = introductions.propose(session.accountId(), new NewIntroduction(sam, priya, "hiring",
                today.minusDays(9)), today);
        introductions.step(session.accountId(), intro.id(), IntroStep.asked(sam, today.minusDays(9)), today);
        session.get("/today");
        session.htmxPost("/today/asks/" + ask.id() + "/answer", Map.of("date", today.toString(), "answer", "yes"));
        session.htmxPost("/today/intros/" + intro.id() + "/step",
                Map.of("date", today.toString(), "step", "agreed", "personId", String.valueOf(sam)));

        WebSession.Page reloaded = session.get("/today");

        String answered = item(reloaded, "item-ask-" + ask.id());
        assertThat(answered).contains("✓ They said yes", ">Undo</button>");
        assertThat(TodayUndoTest.Undo.in(answered).post(session).body()).contains(">Followed up</button>");
        assertThat(asks.get(account(session), ask.id(), today).state()).isEqualTo(AskState.WAITING);

        String stepped = item(reloaded, "item-intro-" + intro.id() + "-" + sam);
        assertThat(stepped).contains(">Undo</button>");
        assertThat(TodayUndoTest.Undo.in(stepped).post(session).body())
                .contains("id=\"item-intro-" + intro.id() + "-" + sam + "\"", "Sam agreed");
        assertThat(introductions.get(session.accountId(), intro.id()).personA().answer()).isEqualTo(OptIn.ASKED);
        assertThat(touchpoints.ofPerson(session.accountId(), sam, 10, 0)).hasSize(2);
    }

    @Test
    void withoutJavaScriptThePagesUndoReturnsToToday() {
        WebSession session = WebSession.signUp(port, accounts);
        Person ada = due(session, "Ada Lovelace");
        session.get("/today");
        session.post("/today/" + ada.id() + "/done", Map.of("date", today(session).toString()));

        WebSession.Page redirect = TodayUndoTest.Undo.in(item(session.get("/today"), "item-" + ada.id())).submit(session);

        assertThat(redirect.status()).isEqualTo(302);
        assertThat(session.get("/today").body()).contains("0 of 1 done");
    }

    @Test
    void anotherDaysPlanOffersNoUndo() {
        WebSession session = WebSession.signUp(port, accounts);
        Person ada = due(session, "Ada Lovelace");
        LocalDate yesterday = today(session).minusDays(1);
        session.get("/today");
        session.htmxPost("/today/" + ada.id() + "/done", Map.of("date", yesterday.toString()));

        String done = item(session.get("/today?date=" + yesterday), "item-" + ada.id());

        assertThat(done).contains("✓ Done").doesNotContain("Undo");
    }
}
