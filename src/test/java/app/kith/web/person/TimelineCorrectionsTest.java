package app.kith.web.person;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.NewTouchpoint;
import app.kith.touchpoint.Touchpoint;
import app.kith.touchpoint.Touchpoints;
import app.kith.web.WebSession;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A touchpoint on a person's timeline edited and deleted (with Undo), in place with htmx and with plain forms. */
@ServerTest
class TimelineCorrectionsTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    @Autowired
    Touchpoints touchpoints;

    WebSession web;
    LocalDate today;
    Person ada;

    @BeforeEach
    void adaIsMonthly() {
        web = WebSession.signUp(port, accounts);
        today = accounts.byId(web.accountId()).today(Clock.systemDefaultZone());
        ada = people.add(web.accountId(), PersonDraft.named("Ada").withRhythm(30), today.minusDays(100));
    }

    private Touchpoint log(LocalDate on, String note) {
        return touchpoints.log(web.accountId(), new NewTouchpoint(ada.id(), on, "email", "out", note), today);
    }

    private Person ada() {
        return people.get(web.accountId(), ada.id());
    }

    private String base(Touchpoint t) {
        return "/people/" + ada.id() + "/touchpoints/" + t.id();
    }

    @Test
    void everyEntryOffersEditAndDelete() {
        Touchpoint t = log(today.minusDays(3), "Lunch");

        String page = web.get("/people/" + ada.id()).body();

        assertThat(page).contains("<li id=\"tp-" + t.id() + "\">", "href=\"" + base(t) + "/edit\"",
                "hx-get=\"" + base(t) + "/edit\"", "action=\"" + base(t) + "/delete\"", ">Edit</a>", ">Delete</button>");
    }

    @Test
    void anEntryIsEditedInPlaceAndTheTimelineAndClockFollow() {
        Touchpoint older = log(today.minusDays(20), "older");
        Touchpoint t = log(today.minusDays(2), "Lunch & plans");
        web.get("/people/" + ada.id());

        WebSession.Page form = web.htmx(base(t) + "/edit");
        assertThat(form.isFullPage()).isFalse();
        assertThat(form.body().strip()).startsWith("<li id=\"tp-" + t.id() + "\" class=\"editing\">");
        assertThat(form.body()).contains("type=\"date\" max=\"" + today + "\" value=\"" + today.minusDays(2) + "\"",
                "<option value=\"email\" selected>", "Lunch &amp; plans</textarea>", ">Save</button>", ">Cancel</a>");

        WebSession.Page saved = web.htmxPost(base(t), "on", today.minusDays(30).toString(), "channel", "coffee",
                "direction", "mutual", "note", "");

        assertThat(saved.header("HX-Retarget")).isEqualTo("#timeline-section");
        assertThat(saved.body()).contains("id=\"timeline-section\"", "Changed: coffee on",
                "<section id=\"timing\" class=\"timing\" aria-label=\"Keeping in touch\" hx-swap-oob=\"true\">");
        assertThat(saved.body().indexOf("tp-" + older.id())).as("now the newest").isLessThan(saved.body().indexOf("tp-" + t.id()));
        Touchpoint now = touchpoints.get(web.accountId(), t.id());
        assertThat(now.on()).isEqualTo(today.minusDays(30));
        assertThat(now.note()).isNull();
        assertThat(ada().lastTouchOn()).isEqualTo(today.minusDays(20));
        assertThat(ada().dueOn()).isEqualTo(today.plusDays(10));

        WebSession.Page cancelled = web.htmx(base(t));
        assertThat(cancelled.body().strip()).startsWith("<li id=\"tp-" + t.id() + "\">").contains(">Edit</a>");
    }

    @Test
    void anEditAfterTodayKeepsWhatWasTypedWithTheMessageByTheDate() {
        Touchpoint t = log(today.minusDays(2), "Lunch");
        web.get("/people/" + ada.id());
        String tomorrow = today.plusDays(1).toString();

        WebSession.Page refused = web.htmxPost(base(t), "on", tomorrow, "channel", "video", "direction", "in",
                "note", "typed <note>");

        assertThat(refused.body().strip()).startsWith("<li id=\"tp-" + t.id() + "\" class=\"editing\">");
        assertThat(refused.errorOf("tp-" + t.id() + "-on")).isEqualTo("Date " + tomorrow + " is after today (" + today
                + "); Kith records only what has happened");
        assertThat(refused.body()).contains("typed &lt;note&gt;</textarea>", "<option value=\"video\" selected>");
        assertThat(touchpoints.get(web.accountId(), t.id())).isEqualTo(t);
    }

    @Test
    void aDeleteLeavesAnUndoInPlaceThatBringsItBackAsItWas() {
        Touchpoint t = log(today.minusDays(2), "Lunch");
        web.get("/people/" + ada.id());

        WebSession.Page deleted = web.htmxPost(base(t) + "/delete");

        assertThat(deleted.isFullPage()).isFalse();
        assertThat(deleted.body().strip()).startsWith("<li class=\"deleted\">");
        assertThat(deleted.body()).contains("Deleted: email on", ">Undo</button>",
                "hx-swap-oob=\"true\"", "Never");
        assertThat(ada().lastTouchOn()).isNull();

        assertThat(deleted.body()).contains("name=\"touchpoint\" value=\"" + t.id() + "\"");
        WebSession.Page undone = web.htmxPost("/people/" + ada.id() + "/touchpoints/undo-delete", "touchpoint",
                String.valueOf(t.id()));

        assertThat(undone.body()).contains("id=\"timeline-section\"", "Brought back: email on", "Lunch");
        assertThat(touchpoints.ofPerson(web.accountId(), ada.id(), 5, 0)).containsExactly(t);
        assertThat(ada().lastTouchOn()).isEqualTo(today.minusDays(2));
    }

    @Test
    void withoutScriptEveryCorrectionPostsAndComesBackToThePersonsPage() {
        Touchpoint t = log(today.minusDays(2), "Lunch");
        web.get("/people/" + ada.id());

        WebSession.Page editPage = web.get(base(t) + "/edit");
        assertThat(editPage.body()).contains("<h1>Correct a touchpoint with Ada</h1>", "action=\"" + base(t) + "\"")
                .doesNotContain("hx-post=\"" + base(t) + "\"");

        WebSession.Page saved = web.post(base(t), "on", today.minusDays(5).toString(), "channel", "call",
                "direction", "in", "note", "Phoned");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).endsWith("/people/" + ada.id());
        assertThat(web.get("/people/" + ada.id()).body()).contains("Changed: call on", "Phoned");

        WebSession.Page refused = web.post(base(t), "on", today.plusDays(1).toString(), "channel", "call",
                "direction", "in", "note", "Phoned");
        assertThat(refused.body()).contains("<h1>Correct a touchpoint with Ada</h1>", "is after today");

        WebSession.Page deleted = web.post(base(t) + "/delete");
        assertThat(deleted.status()).isEqualTo(302);
        String after = web.get("/people/" + ada.id()).body();
        assertThat(after).contains("Deleted: call on", ">Undo</button>").doesNotContain("<li id=\"tp-" + t.id());
        assertThat(ada().lastTouchOn()).isNull();

        WebSession.Page undone = web.post("/people/" + ada.id() + "/touchpoints/undo-delete", "touchpoint",
                String.valueOf(t.id()));
        assertThat(undone.status()).isEqualTo(302);
        assertThat(web.get("/people/" + ada.id()).body()).contains("Brought back: call on", "Phoned");
        assertThat(ada().lastTouchOn()).isEqualTo(today.minusDays(5));
    }

    @Test
    void anotherAccountsOrAnotherPersonsTouchpointIsNotFound() {
        Touchpoint t = log(today.minusDays(2), "Lunch");
        Person grace = people.add(web.accountId(), PersonDraft.named("Grace"), today);
        WebSession other = WebSession.signUp(port, accounts);
        other.get("/today");
        web.get("/people/" + ada.id());

        assertThat(other.get(base(t) + "/edit").status()).isEqualTo(404);
        assertThat(other.post(base(t) + "/delete").status()).isEqualTo(404);
        assertThat(web.get("/people/" + grace.id() + "/touchpoints/" + t.id() + "/edit").status()).isEqualTo(404);
        assertThat(web.post("/people/" + grace.id() + "/touchpoints/" + t.id() + "/delete").status()).isEqualTo(404);
        assertThat(touchpoints.get(web.accountId(), t.id())).isEqualTo(t);
    }
}
