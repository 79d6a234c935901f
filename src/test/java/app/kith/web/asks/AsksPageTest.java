package app.kith.web.asks;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import app.kith.ask.Ask;
import app.kith.ask.AskState;
import app.kith.ask.Asks;
import app.kith.ask.NewAsk;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.web.WebSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServerTest
class AsksPageTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    @Autowired
    Asks asks;

    @Autowired
    Clock clock;

    private LocalDate today(WebSession session) {
        return accounts.byId(session.accountId()).today(clock);
    }

    private Person sam(WebSession session) {
        return people.add(session.accountId(), PersonDraft.named("Sam Okafor").withRhythm(30), today(session).minusDays(10));
    }

    @Test
    void anAskIsRecordedFromThePersonsPageAndListedThere() {
        WebSession session = WebSession.signUp(port, accounts);
        Person sam = sam(session);
        session.get("/people/" + sam.id());

        WebSession.Page section = session.htmxPost("/people/" + sam.id() + "/asks", Map.of("text", "an intro to your CFO"));

        assertThat(section.isFullPage()).isFalse();
        assertThat(section.body()).contains("id=\"asks\"", "an intro to your CFO", "Waiting since", "Recorded.");
        assertThat(session.get("/people/" + sam.id()).body()).contains("an intro to your CFO", "1 ask: 1 open.")
                .doesNotContain("0 yes");
    }

    @Test
    void aRefusedAskComesBackWithTheMessageNextToTheField() {
        WebSession session = WebSession.signUp(port, accounts);
        Person sam = sam(session);
        session.get("/people/" + sam.id());

        WebSession.Page refused = session.htmxPost("/people/" + sam.id() + "/asks", Map.of("text", "   "));

        assertThat(refused.errorOf("ask-text")).isEqualTo("Text is required");
        assertThat(asks.list(accounts.byId(session.accountId()), null, null, sam.id(), today(session))).isEmpty();
    }

    @Test
    void anIgnoredAskIsANudgeOnTodayAndIsAnsweredInPlace() {
        WebSession session = WebSession.signUp(port, accounts);
        Person sam = sam(session);
        LocalDate today = today(session);
        Ask ask = asks.ask(accounts.byId(session.accountId()), new NewAsk(sam.id(), "an intro to your CFO",
                today.minusDays(8), null), today);
        LocalDate later = today;

        String page = session.get("/today?date=" + later).body();
        assertThat(page).contains("id=\"item-ask-" + ask.id() + "\"",
                "You asked Sam for an intro to your CFO 8 days ago — a short follow-up?", "They said yes");

        WebSession.Page answered = session.htmxPost("/today/asks/" + ask.id() + "/answer",
                Map.of("answer", "yes", "date", later.toString()));

        assertThat(answered.body()).contains("class=\"item ask done\"", "✓ They said yes");
        assertThat(asks.get(accounts.byId(session.accountId()), ask.id(), later).state()).isEqualTo(AskState.YES);
        assertThat(session.get("/today?date=" + later).body()).contains("✓ They said yes");
        assertThat(session.get("/today?date=" + later.plusDays(1)).body()).doesNotContain("item-ask-" + ask.id());
    }

    @Test
    void answeringAClosedAskSaysWhyAndChangesNothing() {
        WebSession session = WebSession.signUp(port, accounts);
        Person sam = sam(session);
        LocalDate today = today(session);
        Ask ask = asks.ask(accounts.byId(session.accountId()), new NewAsk(sam.id(), "advice", today, null), today);
        session.get("/today");
        session.htmxPost("/today/asks/" + ask.id() + "/answer", Map.of("answer", "drop"));

        WebSession.Page again = session.htmxPost("/today/asks/" + ask.id() + "/answer", Map.of("answer", "yes"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("data-message", "This ask is closed");
        assertThat(asks.get(accounts.byId(session.accountId()), ask.id(), today).state()).isEqualTo(AskState.DROPPED);
    }

    @Test
    void theAsksPageSaysWhatBecameOfThemAll() {
        WebSession session = WebSession.signUp(port, accounts);
        assertThat(session.get("/asks").body()).contains("No asks yet");
        Person sam = sam(session);
        LocalDate today = today(session);
        var account = accounts.byId(session.accountId());
        Ask yes = asks.ask(account, new NewAsk(sam.id(), "a coffee", today, null), today);
        asks.ask(account, new NewAsk(sam.id(), "an intro to your CFO", today, null), today);
        asks.answer(account, yes.id(), new app.kith.ask.Answer.Yes(), today, today);

        String page = session.get("/asks").body();

        assertThat(page).contains("2 asked: 1 yes, 1 still open.", "Said no: 0 of 2",
                "an intro to your CFO", "Answered or dropped", "a coffee").doesNotContain("0 dropped", "At some point");
    }

    @Test
    void anotherAccountCannotTouchTheOwnersAsks() {
        WebSession owner = WebSession.signUp(port, accounts);
        Person sam = sam(owner);
        LocalDate today = today(owner);
        Ask ask = asks.ask(accounts.byId(owner.accountId()), new NewAsk(sam.id(), "a loan of the telescope", today, null), today);
        WebSession other = WebSession.signUp(port, accounts);
        other.get("/today");

        assertThat(other.htmxPost("/today/asks/" + ask.id() + "/answer", Map.of("answer", "yes")).status()).isEqualTo(404);
        assertThat(other.htmxPost("/today/asks/" + ask.id() + "/follow-up", Map.of()).status()).isEqualTo(404);
        assertThat(other.htmxPost("/people/" + sam.id() + "/asks", Map.of("text", "x")).status()).isEqualTo(404);
        assertThat(other.htmxPost("/people/" + sam.id() + "/asks/" + ask.id() + "/answer", Map.of("answer", "no")).status())
                .isEqualTo(404);
        assertThat(asks.get(accounts.byId(owner.accountId()), ask.id(), today).state()).isEqualTo(AskState.WAITING);
        assertThat(other.get("/asks").body()).doesNotContain("a loan of the telescope");
    }
}
