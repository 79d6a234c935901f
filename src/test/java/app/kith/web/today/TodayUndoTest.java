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
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.NewTouchpoint;
import app.kith.touchpoint.Touchpoints;
import app.kith.web.WebSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every action on Today has an Undo in place: the item comes back as it was, the count follows. */
@ServerTest
class TodayUndoTest {

    private static final Pattern UNDO = Pattern.compile("(?s)<form method=\"post\" action=\"([^\"]+)\"[^>]*class=\"undo\">(.*?)</form>");
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

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

    /** The Undo form of an acted item: where it posts and its fields, the CSRF token left out. */
    record Undo(String action, Map<String, String> fields) {

        static Undo in(WebSession.Page acted) {
            return in(acted.body());
        }

        static Undo in(String html) {
            Matcher form = UNDO.matcher(html);
            assertThat(form.find()).as("an Undo form in %s", html).isTrue();
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher hidden = HIDDEN.matcher(form.group(2));
            while (hidden.find()) {
                if (!hidden.group(1).equals("_csrf")) {
                    fields.put(hidden.group(1), hidden.group(2));
                }
            }
            return new Undo(form.group(1), fields);
        }

        WebSession.Page post(WebSession session) {
            return session.htmxPost(action, fields);
        }

        /** Posted as a browser without JavaScript does. */
        WebSession.Page submit(WebSession session) {
            return session.post(action, fields);
        }
    }

    @Test
    void doneShowsUndoAndUndoBringsTheItemBackAndTheClockWithIt() {
        WebSession session = WebSession.signUp(port, accounts);
        Person ada = due(session, "Ada Lovelace");
        session.get("/today");

        WebSession.Page acted = session.htmxPost("/today/" + ada.id() + "/done",
                Map.of("date", today(session).toString(), "channel", "call"));
        assertThat(acted.body()).contains("class=\"item done\" id=\"item-" + ada.id() + "\" data-item data-acted", "✓ Done", ">Undo</button>",
                "hx-swap-oob=\"true\">1 of 1 done");

        WebSession.Page undone = Undo.in(acted).post(session);

        assertThat(undone.status()).isEqualTo(200);
        assertThat(undone.isFullPage()).isFalse();
        assertThat(undone.body()).contains("id=\"item-" + ada.id() + "\"", ">Done</button>", "hx-swap-oob=\"true\">0 of 1 done")
                .doesNotContain("item done");
        assertThat(touchpoints.ofPerson(session.accountId(), ada.id(), 10, 0)).hasSize(1);
        assertThat(people.get(session.accountId(), ada.id()).lastTouchOn()).isEqualTo(today(session).minusDays(45));
    }

    @Test
    void skipAndSnoozeAreUndoneToWhatTheyWereBefore() {
        WebSession session = WebSession.signUp(port, accounts);
        Person ada = due(session, "Ada Lovelace");
        Person grace = due(session, "Grace Hopper");
        LocalDate today = today(session);
        clocks.snooze(session.accountId(), grace.id(), today.minusDays(2), today.minusDays(9));
        session.get("/today");

        WebSession.Page skipped = session.htmxPost("/today/" + ada.id() + "/skip", Map.of("date", today.toString()));
        WebSession.Page snoozed = session.htmxPost("/today/" + grace.id() + "/snooze",
                Map.of("date", today.toString(), "until", "1m"));
        assertThat(skipped.body()).contains("Skipped today", ">Undo</button>");
        assertThat(snoozed.body()).contains("Snoozed", ">Undo</button>", "2 of 2 handled · 1 skipped, 1 snoozed");

        assertThat(Undo.in(skipped).post(session).body()).contains(">Skip</button>", "1 of 2 handled · 1 snoozed");
        assertThat(Undo.in(snoozed).post(session).body()).contains("name=\"until\" value=\"1w\"", "0 of 2 done");

        assertThat(people.get(session.accountId(), grace.id()).snoozedUntil()).isEqualTo(today.minusDays(2));
        assertThat(session.get("/today").body()).contains("0 of 2 done");
    }

    @Test
    void anAsksFollowUpAndAnswerAreUndoneInPlace() {
        WebSession session = WebSession.signUp(port, accounts);
        LocalDate today = today(session);
        Person sam = people.add(session.accountId(), PersonDraft.named("Sam Okafor"), today.minusDays(40));
        Ask ask = asks.ask(account(session), new NewAsk(sam.id(), "an intro to your CFO", today.minusDays(10), "email"),
                today);
        session.get("/today");

        WebSession.Page followed = session.htmxPost("/today/asks/" + ask.id() + "/follow-up",
                Map.of("date", today.toString(), "channel", "call"));
        assertThat(followed.body()).contains("id=\"item-ask-" + ask.id() + "\"", "✓ Followed up", ">Undo</button>");
        assertThat(Undo.in(followed).post(session).body()).contains("id=\"item-ask-" + ask.id() + "\"", ">Followed up</button>");

        WebSession.Page yes = session.htmxPost("/today/asks/" + ask.id() + "/answer",
                Map.of("date", today.toString(), "answer", "yes"));
        assertThat(yes.body()).contains("✓ They said yes");
        Undo.in(yes).post(session);

        Ask back = asks.get(account(session), ask.id(), today);
        assertThat(back.state()).isEqualTo(AskState.WAITING);
        assertThat(back.followUps()).isZero();
        assertThat(touchpoints.ofPerson(session.accountId(), sam.id(), 10, 0)).hasSize(1);
    }

    @Test
    void anIntroductionStepIsUndoneInPlace() {
        WebSession session = WebSession.signUp(port, accounts);
        LocalDate today = today(session);
        long sam = people.add(session.accountId(), PersonDraft.named("Sam Okafor"), today.minusDays(20)).id();
        long priya = people.add(session.accountId(), PersonDraft.named("Priya Raman"), today.minusDays(20)).id();
        Introduction intro = introductions.propose(session.accountId(), new NewIntroduction(sam, priya, "hiring",
                today.minusDays(9)), today);
        introductions.step(session.accountId(), intro.id(), IntroStep.asked(sam, today.minusDays(9)), today);
        session.get("/today");

        WebSession.Page agreed = session.htmxPost("/today/intros/" + intro.id() + "/step",
                Map.of("date", today.toString(), "step", "agreed", "personId", String.valueOf(sam)));
        assertThat(agreed.body()).contains("id=\"item-intro-" + intro.id() + "-" + sam + "\"", ">Undo</button>");

        WebSession.Page undone = Undo.in(agreed).post(session);

        assertThat(undone.body()).contains("id=\"item-intro-" + intro.id() + "-" + sam + "\"", "Sam agreed")
                .doesNotContain(">Undo</button>");
        assertThat(introductions.get(session.accountId(), intro.id()).personA().answer()).isEqualTo(OptIn.ASKED);
    }

    @Test
    void undoingWhatChangedSinceSaysSoAndChangesNothing() {
        WebSession session = WebSession.signUp(port, accounts);
        Person ada = due(session, "Ada Lovelace");
        session.get("/today");
        Undo undo = Undo.in(session.htmxPost("/today/" + ada.id() + "/done", Map.of("date", today(session).toString())));
        undo.post(session);
        session.htmxPost("/today/" + ada.id() + "/done", Map.of("date", today(session).toString()));

        WebSession.Page stale = undo.post(session);

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("That touchpoint was deleted since; nothing changed");
        assertThat(people.get(session.accountId(), ada.id()).lastTouchOn()).isEqualTo(today(session));
    }

    @Test
    void withoutJavaScriptUndoReturnsToToday() {
        WebSession session = WebSession.signUp(port, accounts);
        Person ada = due(session, "Ada Lovelace");
        session.get("/today");
        Undo undo = Undo.in(session.htmxPost("/today/" + ada.id() + "/skip", Map.of("date", today(session).toString())));

        WebSession.Page redirect = session.post(undo.action(), undo.fields());

        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.location()).endsWith("/today");
        assertThat(session.get("/today").body()).contains("0 of 1 done");
    }

    @Test
    void anUndoWithoutTheCsrfTokenIsRefused() {
        WebSession session = WebSession.signUp(port, accounts);
        Person ada = due(session, "Ada Lovelace");
        session.get("/today");
        Undo undo = Undo.in(session.htmxPost("/today/" + ada.id() + "/done", Map.of("date", today(session).toString())));

        assertThat(session.postExactly(undo.action(), undo.fields()).status()).isEqualTo(403);
        assertThat(people.get(session.accountId(), ada.id()).lastTouchOn()).isEqualTo(today(session));
    }

    @Test
    void anotherAccountsItemsAreNotFoundAndStayAsTheyAre() {
        WebSession owner = WebSession.signUp(port, accounts);
        Person ada = due(owner, "Ada Lovelace");
        LocalDate today = today(owner);
        Ask ask = asks.ask(account(owner), new NewAsk(ada.id(), "advice", today.minusDays(10), "email"), today);
        owner.get("/today");
        Undo done = Undo.in(owner.htmxPost("/today/" + ada.id() + "/done", Map.of("date", today.toString())));
        Undo skip = Undo.in(owner.htmxPost("/today/" + ada.id() + "/skip", Map.of("date", today.toString())));
        Undo followUp = Undo.in(owner.htmxPost("/today/asks/" + ask.id() + "/follow-up", Map.of("date", today.toString())));
        WebSession other = WebSession.signUp(port, accounts);
        other.get("/today");

        assertThat(done.post(other).status()).isEqualTo(404);
        assertThat(skip.post(other).status()).isEqualTo(404);
        assertThat(followUp.post(other).status()).isEqualTo(404);
        assertThat(other.htmxPost("/today/intros/" + Long.MAX_VALUE + "/undo", Map.of("date", today.toString(), "steps", "2"))
                .status()).isEqualTo(404);
        assertThat(touchpoints.ofPerson(owner.accountId(), ada.id(), 10, 0)).hasSize(4);
        assertThat(people.get(owner.accountId(), ada.id()).lastTouchOn()).isEqualTo(today);
        assertThat(asks.get(account(owner), ask.id(), today).followUps()).isEqualTo(1);
    }
}
