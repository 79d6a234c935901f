package app.kith.web.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.reminder.KeyDates;
import app.kith.reminder.Reminders;
import app.kith.touchpoint.Touchpoints;
import app.kith.web.WebSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Reminders and key dates on a person's page, on Today, and from the quick log. */
@ServerTest
class RemindersPageTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    @Autowired
    Reminders reminders;

    @Autowired
    KeyDates keyDates;

    @Autowired
    Touchpoints touchpoints;

    @Autowired
    Clock clock;

    WebSession web;
    LocalDate today;
    Person ada;

    @BeforeEach
    void signIn() {
        web = WebSession.signUp(port, accounts);
        today = accounts.byId(web.accountId()).today(clock);
        ada = people.add(web.accountId(), new PersonDraft("Ada Lovelace", null, null, null, null, null, null, null, null,
                null, null, null, null, null, null), today);
    }

    @Test
    void thePersonsPageOffersARemindMeFormAndListsTheReminderSet() {
        String page = web.get("/people/" + ada.id()).body();
        assertThat(page).contains("<h2 id=\"reminders-heading\">Reminders and dates</h2>",
                "<label for=\"remind-text\">Remind me about Ada</label>",
                "id=\"remind-on\" name=\"on\" type=\"date\" min=\"" + today + "\"", "Add a key date");

        WebSession.Page section = web.htmxPost("/people/" + ada.id() + "/reminders", "on", today.plusDays(3).toString(),
                "text", "send Ada <the> article");

        assertThat(section.isFullPage()).isFalse();
        assertThat(section.body()).contains("send Ada &lt;the&gt; article", "in 3 days", "Kith will remind you in 3 days");
        assertThat(reminders.upcoming(web.accountId(), today)).singleElement()
                .satisfies(r -> assertThat(r.on()).isEqualTo(today.plusDays(3)));
    }

    @Test
    void withoutJavaScriptTheFormGoesBackToThePageSayingWhatWasSet() {
        WebSession.Page posted = web.post("/people/" + ada.id() + "/reminders", "on", today.plusDays(1).toString(),
                "text", "call about the flat");

        assertThat(posted.status()).isEqualTo(302);
        assertThat(posted.location()).isEqualTo("/people/" + ada.id() + "#reminders");
        assertThat(web.get("/people/" + ada.id()).body()).contains("Kith will remind you tomorrow", "call about the flat");
    }

    @Test
    void aDayInThePastAndNoTextAreRefusedNextToTheirFields() {
        WebSession.Page refused = web.htmxPost("/people/" + ada.id() + "/reminders", "on",
                today.minusDays(1).toString(), "text", "");

        assertThat(refused.errorOf("remind-text")).isEqualTo("Text is required");
        assertThat(refused.errorOf("remind-on")).contains("is before today");
        assertThat(reminders.upcoming(web.accountId(), today)).isEmpty();
    }

    @Test
    void aReminderIsDeletedFromThePage() {
        long id = reminders.remind(web.accountId(), ada.id(), today.plusDays(2), "bring the book", today).id();

        WebSession.Page section = web.htmxPost("/people/" + ada.id() + "/reminders/" + id + "/delete");

        assertThat(section.body()).contains("Deleted the reminder “bring the book”.");
        assertThat(reminders.upcoming(web.accountId(), today)).isEmpty();
    }

    @Test
    void keyDatesAreAddedAndDeletedOnThePage() {
        WebSession.Page added = web.htmxPost("/people/" + ada.id() + "/dates", "label", "work anniversary",
                "on", "2021-04-01");
        assertThat(added.body()).contains("Added work anniversary.", "work anniversary", "every year since 2021");
        web.htmxPost("/people/" + ada.id() + "/dates", "label", "moved to Berlin", "on", "2019-09-01", "once", "true");
        assertThat(keyDates.of(web.accountId(), ada.id())).extracting(k -> k.label() + " " + k.yearly())
                .containsExactly("work anniversary true", "moved to Berlin false");

        WebSession.Page refused = web.htmxPost("/people/" + ada.id() + "/dates", "label", "", "on", "soon");
        assertThat(refused.errorOf("date-on")).isNotNull();
        assertThat(refused.errorOf("date-label")).isNotNull();

        long id = keyDates.of(web.accountId(), ada.id()).get(0).id();
        web.htmxPost("/people/" + ada.id() + "/dates/" + id + "/delete");
        assertThat(keyDates.of(web.accountId(), ada.id())).extracting(k -> k.label()).containsExactly("moved to Berlin");
    }

    @Test
    void formsNeedTheCsrfTokenAndAnotherAccountsPersonIsNotFound() {
        assertThat(web.postExactly("/people/" + ada.id() + "/reminders",
                Map.of("on", today.toString(), "text", "forged")).status()).isEqualTo(403);
        WebSession other = WebSession.signUp(port, accounts);
        other.get("/today");
        assertThat(other.post("/people/" + ada.id() + "/reminders", "on", today.toString(), "text", "x").status())
                .isEqualTo(404);
        assertThat(reminders.upcoming(web.accountId(), today)).isEmpty();
    }

    @Test
    void onItsDayTheReminderIsACardOnTodayAndDoneChecksItOff() {
        reminders.remind(web.accountId(), ada.id(), today, "send Ada the article", today);

        String page = web.get("/today").body();
        assertThat(page).contains("data-kind=\"reminder\"", "<span class=\"tag\">reminder</span>",
                "Reminder: send Ada the article");

        WebSession.Page done = web.htmxPost("/today/" + ada.id() + "/done", "date", today.toString());
        assertThat(done.body()).contains("✓ Done");
        assertThat(reminders.upcoming(web.accountId(), today.plusDays(1))).isEmpty();
    }

    @Test
    void undoingDoneBringsTheReminderBackAndASnoozeFromTodayBringsItBackOnItsDay() {
        reminders.remind(web.accountId(), ada.id(), today, "send Ada the article", today);
        WebSession.Page done = web.htmxPost("/today/" + ada.id() + "/done", "date", today.toString());
        long touchpoint = touchpoints.ofPerson(web.accountId(), ada.id(), 1, 0).get(0).id();
        assertThat(done.body()).contains("/today/" + ada.id() + "/undo-done");

        web.htmxPost("/today/" + ada.id() + "/undo-done", "date", today.toString(), "touchpoint",
                String.valueOf(touchpoint));

        assertThat(reminders.upcoming(web.accountId(), today.plusDays(1))).hasSize(1);
        WebSession.Page snoozed = web.htmxPost("/today/" + ada.id() + "/snooze", "date", today.toString(),
                "until", "date", "on", today.plusDays(3).toString());
        assertThat(snoozed.body()).contains("Snoozed");
        assertThat(web.get("/today?date=" + today.plusDays(2)).body()).doesNotContain("Reminder");
        assertThat(web.get("/today?date=" + today.plusDays(3)).body()).contains("Reminder from");
    }

    @Test
    void aReminderIsDeletedFromItsItemOnToday() {
        long id = reminders.remind(web.accountId(), ada.id(), today, "send Ada the article", today).id();
        assertThat(web.get("/today").body()).contains("action=\"/today/reminders/" + id + "/delete\"");

        WebSession.Page deleted = web.post("/today/reminders/" + id + "/delete", "date", today.toString());

        assertThat(deleted.location()).isEqualTo("/today");
        assertThat(web.get("/today").body()).doesNotContain("Reminder: send Ada the article");
    }

    @Test
    void theQuickLogSetsAReminderWithTheTouchpointOrRefusesBoth() {
        WebSession.Page refused = web.htmxPost("/log", "personId", String.valueOf(ada.id()), "channel", "call",
                "on", today.toString(), "remindOn", today.minusDays(2).toString(), "remindText", "follow up");
        assertThat(refused.errorOf("ql-remind-on")).contains("is before today");
        assertThat(touchpoints.ofPerson(web.accountId(), ada.id(), 10, 0)).isEmpty();

        WebSession.Page logged = web.htmxPost("/log", "personId", String.valueOf(ada.id()), "channel", "call",
                "on", today.toString(), "remindOn", today.plusDays(7).toString(), "remindText", "ask how the move went");

        assertThat(logged.body()).contains("Logged a call with", "Kith will remind you on");
        assertThat(touchpoints.ofPerson(web.accountId(), ada.id(), 10, 0)).hasSize(1);
        assertThat(reminders.upcoming(web.accountId(), today)).singleElement()
                .satisfies(r -> assertThat(r.text()).isEqualTo("ask how the move went"));
    }
}
