package app.kith.web.person;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import app.kith.person.Clocks;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServerTest
class PersonPageTest {

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

    WebSession web;
    LocalDate today;

    @BeforeEach
    void signIn() {
        web = WebSession.signUp(port, accounts);
        today = accounts.byId(web.accountId()).today(Clock.systemDefaultZone());
    }

    private Person add(PersonDraft draft) {
        return people.add(web.accountId(), draft, today);
    }

    private void log(Person p, LocalDate on, String channel, String direction, String note) {
        touchpoints.log(web.accountId(), new NewTouchpoint(p.id(), on, channel, direction, note), today);
    }

    private static PersonDraft withNotes(String notes) {
        return new PersonDraft("Ada", null, null, null, null, null, null, null, null, null, null, notes, null, null, null);
    }

    @Test
    void everyFieldIsShownAndNothingTypedIsMarkup() {
        Person ada = add(new PersonDraft("Ada <b>Lovelace</b>", List.of("ada@example.com"), List.of("+44 (20) 1234-5678"),
                "Engines & <i>Co</i>", "Countess <u>", "London <script>x()</script>", "linkedin.com/in/ada",
                "--12-10", "At a <em>salon</em>", List.of("math <s>", "poetry"), "both", null, null,
                List.of("Monthly"), today.minusDays(10)));
        log(ada, today.minusDays(3), "coffee", "in", "Talked <b>engines</b>");
        clocks.snooze(web.accountId(), ada.id(), today.plusDays(9), today);

        String page = web.get("/people/" + ada.id()).body();

        assertThat(page).doesNotContain("<b>Lovelace", "<i>Co", "<u>", "<script>x", "<em>salon", "<s>", "<b>engines");
        assertThat(page).contains("<h1>Ada &lt;b&gt;Lovelace&lt;/b&gt;</h1>",
                "<p><span class=\"chips\"><span class=\"chip awesome\">Awesome</span> <span class=\"chip connector\">Connector</span></span>"
                        + " Countess &lt;u&gt; at Engines &amp; &lt;i&gt;Co&lt;/i&gt; · London &lt;script&gt;x()&lt;/script&gt;</p>",
                "<a href=\"mailto:ada@example.com\">ada@example.com</a>",
                "<a href=\"tel:+442012345678\">+44 (20) 1234-5678</a>",
                "<dt>Company</dt><dd>Engines &amp; &lt;i&gt;Co&lt;/i&gt;</dd>",
                "<dt>Role</dt><dd>Countess &lt;u&gt;</dd>",
                "<dt>Location</dt><dd>London &lt;script&gt;x()&lt;/script&gt;</dd>",
                "<a href=\"https://linkedin.com/in/ada\" rel=\"noopener noreferrer\" target=\"_blank\">linkedin.com/in/ada</a>",
                "<dt>Birthday</dt><dd>10 December</dd>",
                "<dd class=\"said\">At a &lt;em&gt;salon&lt;/em&gt;</dd>",
                "<dt>Topics</dt><dd>math &lt;s&gt;, poetry</dd>",
                "<dt>Why they matter</dt><dd>They are awesome and a connector</dd>",
                "Monthly",
                "Every 30 days", "From the Monthly circle",
                "3 days ago", "datetime=\"" + today.minusDays(3) + "\"",
                "Due in 27 days", "datetime=\"" + today.plusDays(27) + "\"",
                "<dt>Snoozed until</dt>", Dates.date(today.plusDays(9)),
                "Talked &lt;b&gt;engines&lt;/b&gt;", "Coffee · they reached out");
    }

    @Test
    void theClockSaysWhenSomeoneIsOverdueOrNotTracked() {
        Person due = people.add(web.accountId(), PersonDraft.named("Grace").withRhythm(14), today.minusDays(20));
        Person untracked = add(PersonDraft.named("Alan"));

        assertThat(web.get("/people/" + due.id()).body())
                .contains("<dd class=\"overdue\">Overdue by 6 days", "Every 14 days", "Their own", "Never");
        assertThat(web.get("/people/" + untracked.id()).body())
                .contains("Not tracked", "Kith will not suggest them.", "No touchpoints yet.", "No notes yet.");
    }

    @Test
    void notesAreMarkdownWithScriptsLinksAndAttributesMadeInert() {
        Person ada = add(withNotes("""
                **Principia**, annotated

                <script>alert(1)</script>
                [click me](javascript:alert(2)) and [data](data:text/html;base64,PHNjcmlwdD4=)
                <img src=x onerror=alert(3)>
                <a href="https://example.com" onclick="alert(4)">x</a>
                [site](https://example.com)
                """));

        String page = web.get("/people/" + ada.id()).body();

        assertThat(page).contains("<strong>Principia</strong>", "&lt;script&gt;alert(1)&lt;/script&gt;",
                "&lt;img src=x onerror=alert(3)&gt;",
                "<a rel=\"nofollow noopener noreferrer\" href=\"https://example.com\">site</a>");
        assertThat(page).doesNotContain("<script>alert", "javascript:", "data:text", "<img src=x", "onclick=\"alert");
    }

    @Test
    void theTimelineIsNewestFirstAndPagedAndHtmxGetsOnlyTheOlderEntries() {
        Person ada = add(PersonDraft.named("Ada"));
        for (int i = 1; i <= 25; i++) {
            log(ada, today.minusDays(i), "email", "out", "note " + i);
        }

        WebSession.Page page = web.get("/people/" + ada.id());
        assertThat(page.body()).contains("<ol class=\"timeline\" id=\"timeline\">");
        assertThat(page.count("<div class=\"when\">")).isEqualTo(20);
        assertThat(page.body().indexOf("note 1<")).isLessThan(page.body().indexOf("note 2<"));
        assertThat(page.body()).contains("hx-get=\"/people/" + ada.id() + "?offset=20\"").doesNotContain("note 21<");

        WebSession.Page older = web.htmx("/people/" + ada.id() + "?offset=20");
        assertThat(older.status()).isEqualTo(200);
        assertThat(older.body()).doesNotContain("<html", "<ol", "<h1").contains("note 21<", "note 25<");
        assertThat(older.count("<li id=\"tp-")).isEqualTo(5);
        assertThat(older.count("<div class=\"when\">")).isEqualTo(5);
        assertThat(older.body()).contains("<div id=\"older\" class=\"older\" hx-swap-oob=\"true\">").doesNotContain("offset=40");

        WebSession.Page withoutScript = web.get("/people/" + ada.id() + "?offset=20");
        assertThat(withoutScript.body()).contains("<h1>Ada</h1>", "note 21<", "Back to the newest").doesNotContain("note 20<");
    }

    @Test
    void aTouchpointLoggedWithHtmxTopsTheTimelineAndUpdatesTheDueDate() {
        Person ada = people.add(web.accountId(), PersonDraft.named("Ada").withRhythm(30), today.minusDays(60));
        log(ada, today.minusDays(45), "email", "out", "older note");

        WebSession.Page logged = web.htmxPost("/people/" + ada.id() + "/touchpoints", "on", today.toString(),
                "channel", "coffee", "direction", "mutual", "note", "Cake & plans");

        assertThat(logged.status()).isEqualTo(200);
        assertThat(logged.body()).doesNotContain("<html");
        assertThat(logged.body().strip()).startsWith("<section id=\"timeline-section\"");
        assertThat(logged.body().indexOf("Cake &amp; plans")).isLessThan(logged.body().indexOf("older note"));
        assertThat(logged.body()).contains("Coffee · both",
                "<section id=\"timing\" class=\"timing\" aria-label=\"Keeping in touch\" hx-swap-oob=\"true\">",
                "Due in 30 days", "hx-swap-oob=\"true\">", "Logged: coffee on " + Dates.date(today));
        assertThat(people.get(web.accountId(), ada.id()).dueOn()).isEqualTo(today.plusDays(30));
    }

    @Test
    void aTouchpointLoggedWithoutScriptLeadsBackToThePage() {
        Person ada = add(PersonDraft.named("Ada"));

        WebSession.Page logged = web.post("/people/" + ada.id() + "/touchpoints", "on", today.minusDays(2).toString(),
                "channel", "call", "direction", "in", "note", "Called me back");

        assertThat(logged.status()).isEqualTo(302);
        assertThat(logged.location()).isEqualTo("/people/" + ada.id());
        WebSession.Page page = web.get(logged.location());
        assertThat(page.body()).contains("Logged: call on " + Dates.date(today.minusDays(2)), "Called me back",
                "Call · they reached out");
        assertThat(touchpoints.ofPerson(web.accountId(), ada.id(), 10, 0)).singleElement()
                .satisfies(t -> assertThat(t.on()).isEqualTo(today.minusDays(2)));
    }

    @Test
    void aRefusedTouchpointKeepsWhatWasTypedWithTheMessageByTheDate() {
        Person ada = add(PersonDraft.named("Ada"));
        String tooFar = today.plusDays(1).toString();

        WebSession.Page withHtmx = web.htmxPost("/people/" + ada.id() + "/touchpoints", "on", tooFar,
                "channel", "video", "direction", "in", "note", "typed <note>");
        assertThat(withHtmx.header("HX-Retarget")).isEqualTo("#log-form");
        assertThat(withHtmx.header("HX-Reswap")).isEqualTo("outerHTML");
        assertThat(withHtmx.body().strip()).startsWith("<form id=\"log-form\"").contains("typed &lt;note&gt;</textarea>",
                "<option value=\"video\" selected>", "<option value=\"in\" selected>", "value=\"" + tooFar + "\"");
        assertThat(withHtmx.errorOf("log-on")).isEqualTo("Date " + tooFar + " is after today (" + today
                + "); Kith records only what has happened");

        WebSession.Page withoutScript = web.post("/people/" + ada.id() + "/touchpoints", "on", "last week",
                "channel", "video", "note", "typed");
        assertThat(withoutScript.body()).contains("<h1>Ada</h1>", "typed</textarea>");
        assertThat(withoutScript.errorOf("log-on")).isEqualTo("Use a date like 2026-03-01, not \"last week\"");
        assertThat(touchpoints.ofPerson(web.accountId(), ada.id(), 10, 0)).isEmpty();
    }

    @Test
    void anUnknownPersonIsAPlainNotFoundPage() {
        WebSession.Page missing = web.get("/people/987654321");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("There is nothing at this address.");
    }
}
