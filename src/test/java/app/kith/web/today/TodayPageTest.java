package app.kith.web.today;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.NewTouchpoint;
import app.kith.touchpoint.Touchpoints;
import app.kith.web.Dates;
import app.kith.web.WebSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServerTest
class TodayPageTest {

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

    private LocalDate today(WebSession session) {
        return accounts.byId(session.accountId()).today(clock);
    }

    /** Someone on a monthly rhythm last touched {@code daysAgo} days ago, with a note. */
    private Person due(WebSession session, String name, String email, int daysAgo, String note) {
        LocalDate today = today(session);
        Person p = people.add(session.accountId(), new PersonDraft(name, email == null ? null : List.of(email), null, null,
                null, null, null, null, null, null, null, null, 30, null, today.minusDays(400)), today.minusDays(400));
        touchpoints.log(session.accountId(), new NewTouchpoint(p.id(), today.minusDays(daysAgo), "coffee", "out", note), today);
        return p;
    }

    @Test
    void todayListsWhoIsDueWithTheReasonInPlainWords() {
        WebSession session = WebSession.signUp(port, accounts);
        Person ada = due(session, "Ada Lovelace", "ada@example.com", 45, "the analytical engine");

        WebSession.Page page = session.get("/today");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"item-" + ada.id() + "\"", "Ada Lovelace",
                "45 days since coffee · monthly, 15 days overdue", "0 of 1 done");
    }

    @Test
    void doneSaysWhatItLogsWithTheDayInWords() {
        WebSession session = WebSession.signUp(port, accounts);
        due(session, "Ada Lovelace", null, 45, null);

        assertThat(session.get("/today").body())
                .contains("title=\"Log a touchpoint: coffee, " + Dates.weekday(today(session)) + "\">Done</button>")
                .doesNotContain("Log a touchpoint: coffee, " + today(session));
    }

    @Test
    void doneLogsATouchpointAndChecksTheItemOffInPlace() {
        WebSession session = WebSession.signUp(port, accounts);
        Person ada = due(session, "Ada Lovelace", null, 45, null);
        session.get("/today");

        WebSession.Page fragment = session.htmxPost("/today/" + ada.id() + "/done",
                Map.of("date", today(session).toString(), "channel", "call", "note", "caught up"));

        assertThat(fragment.isFullPage()).isFalse();
        assertThat(fragment.body()).contains("class=\"item done\"", "✓ Done", "hx-swap-oob=\"true\">1 of 1 done");
        assertThat(touchpoints.ofPerson(session.accountId(), ada.id(), 1, 0).get(0))
                .satisfies(t -> {
                    assertThat(t.on()).isEqualTo(today(session));
                    assertThat(t.channel().key()).isEqualTo("call");
                    assertThat(t.note()).isEqualTo("caught up");
                });
        assertThat(session.get("/today").body()).contains("class=\"item done\" id=\"item-" + ada.id() + "\"");
    }

    @Test
    void skipAndSnoozeCheckTheItemOffAndSnoozeHidesThemUntilTheDate() {
        WebSession session = WebSession.signUp(port, accounts);
        Person ada = due(session, "Ada Lovelace", null, 45, null);
        Person grace = due(session, "Grace Hopper", null, 50, null);
        LocalDate today = today(session);
        session.get("/today");

        assertThat(session.htmxPost("/today/" + ada.id() + "/skip", Map.of("date", today.toString())).body())
                .contains("Skipped today");
        assertThat(session.htmxPost("/today/" + grace.id() + "/snooze", Map.of("date", today.toString(), "until", "1m"))
                .body()).contains("Snoozed");

        assertThat(people.get(session.accountId(), grace.id()).snoozedUntil()).isEqualTo(today.plusMonths(1));
        String tomorrow = session.get("/today?date=" + today.plusDays(1)).body();
        assertThat(tomorrow).contains("item-" + ada.id()).doesNotContain("item-" + grace.id());
    }

    @Test
    void aSnoozeDateInThePastIsRefusedWithTheReasonAndChangesNothing() {
        WebSession session = WebSession.signUp(port, accounts);
        Person ada = due(session, "Ada Lovelace", null, 45, null);
        session.get("/today");

        WebSession.Page refused = session.htmxPost("/today/" + ada.id() + "/snooze",
                Map.of("date", today(session).toString(), "until", "date", "on", "2020-01-01"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("data-message", "snooze until a day after");
        assertThat(people.get(session.accountId(), ada.id()).snoozedUntil()).isNull();
    }

    @Test
    void withoutJavaScriptAnActionReturnsToTheList() {
        WebSession session = WebSession.signUp(port, accounts);
        Person ada = due(session, "Ada Lovelace", null, 45, null);
        session.get("/today");

        WebSession.Page redirect = session.post("/today/" + ada.id() + "/done", Map.of("channel", "email"));

        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.location()).endsWith("/today");
    }

    @Test
    void theMessageStarterUsesTheFirstNameAndWhatYouLastTalkedAbout() {
        WebSession session = WebSession.signUp(port, accounts);
        due(session, "Ada Lovelace", "ada@example.com", 45, "the analytical engine");

        String body = session.get("/today").body();

        assertThat(body).contains("Hi Ada,", "our last conversation (the analytical engine)",
                "href=\"mailto:ada@example.com?subject=Catching%20up&amp;body=Hi%20Ada%2C");
    }

    @Test
    void showMoreReturnsTheNextOnesAsAFragment() {
        WebSession session = WebSession.signUp(port, accounts);
        for (int i = 0; i < 8; i++) {
            due(session, "Person " + i, null, 40 + i, null);
        }
        String page = session.get("/today").body();
        assertThat(page).contains("3 more people are due", "Show more");

        WebSession.Page more = session.htmx("/today?more=5");

        assertThat(more.isFullPage()).isFalse();
        assertThat(more.body()).contains("Next ones").containsPattern("(?s)(data-item.*){3}");
    }

    @Test
    void anEmptyDaySaysWhatToDoNext() {
        WebSession nobody = WebSession.signUp(port, accounts);
        assertThat(nobody.get("/today").body()).contains("Get started", "href=\"/import\"", "href=\"/people/new?return=/today\"");

        WebSession someone = WebSession.signUp(port, accounts);
        LocalDate today = today(someone);
        people.add(someone.accountId(), PersonDraft.named("Later Larsen").withRhythm(30), today);
        assertThat(someone.get("/today").body()).contains("Nothing due today", "Later Larsen", "due next");
    }

    @Test
    void theRhythmBudgetWarnsWhenTheRhythmsCannotBeKept() {
        WebSession session = WebSession.signUp(port, accounts);
        for (int i = 0; i < 6; i++) {
            people.add(session.accountId(), PersonDraft.named("Daily " + i).withRhythm(1), today(session));
        }

        assertThat(session.get("/today").body()).contains("Rhythm budget", "need 6.0 contacts a day but Today holds 5");
    }

    @Test
    void namesAndNotesAreEscaped() {
        WebSession session = WebSession.signUp(port, accounts);
        due(session, "<script>alert(1)</script>", null, 45, "<img src=x onerror=alert(2)>");

        String body = session.get("/today").body();

        assertThat(body).doesNotContain("<script>alert(1)", "<img src=x").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void anotherAccountsPersonCannotBeActedOn() {
        WebSession owner = WebSession.signUp(port, accounts);
        Person ada = due(owner, "Ada Lovelace", null, 45, null);
        WebSession other = WebSession.signUp(port, accounts);
        other.get("/today");

        assertThat(other.htmxPost("/today/" + ada.id() + "/done", Map.of("channel", "call")).status()).isEqualTo(404);
        assertThat(other.htmxPost("/today/" + ada.id() + "/skip", Map.of()).status()).isEqualTo(404);
        assertThat(other.htmxPost("/today/" + ada.id() + "/snooze", Map.of("until", "1w")).status()).isEqualTo(404);
        assertThat(other.get("/today").body()).doesNotContain("Ada Lovelace");
        assertThat(touchpoints.ofPerson(owner.accountId(), ada.id(), 10, 0)).hasSize(1);
        assertThat(people.get(owner.accountId(), ada.id()).snoozedUntil()).isNull();
    }
}
