package app.kith.web.today;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import app.kith.ask.Ask;
import app.kith.ask.Asks;
import app.kith.ask.NewAsk;
import app.kith.message.Messages;
import app.kith.message.NewTemplate;
import app.kith.message.Template;
import app.kith.person.FieldChange;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.person.ProfileChanges;
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

/** Today's check-in starter from the message templates, and the people waiting for a reply. */
@ServerTest
class TodayStarterAndRepliesTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    @Autowired
    Touchpoints touchpoints;

    @Autowired
    Messages messages;

    @Autowired
    Asks asks;

    @Autowired
    ProfileChanges profileChanges;

    @Autowired
    Clock clock;

    private LocalDate today(WebSession session) {
        return accounts.byId(session.accountId()).today(clock);
    }

    /** Someone on a monthly rhythm, last touched (by you) {@code daysAgo} days ago with a note. */
    private Person due(WebSession session, String name, int daysAgo, String note) {
        LocalDate today = today(session);
        Person p = people.add(session.accountId(), new PersonDraft(name, List.of("ada@example.com"), null, null, null,
                null, null, null, null, null, null, null, 30, null, today.minusDays(400)), today.minusDays(400));
        touchpoints.log(session.accountId(), new NewTouchpoint(p.id(), today.minusDays(daysAgo), "coffee", "out", note),
                today);
        return p;
    }

    @Test
    void theStarterOffersEveryCheckInAndSwitchesInPlace() {
        WebSession session = WebSession.signUp(port, accounts);
        Person ada = due(session, "Ada Lovelace", 45, "the analytical engine");

        String page = session.get("/today").body();

        assertThat(page).contains("<select id=\"template-" + ada.id() + "\"",
                "hx-get=\"/today/" + ada.id() + "/starter?date=" + today(session) + "\"",
                "<option value=\"check-in-on-my-mind\" selected>On my mind</option>",
                "<option value=\"check-in-coffee\">Coffee?</option>", "data-copy=\"starter-" + ada.id() + "\"",
                "data-mailto=\"mail-" + ada.id() + "\"", "our last conversation (the analytical engine)");

        WebSession.Page coffee = session.htmx("/today/" + ada.id() + "/starter?date=" + today(session)
                + "&template=check-in-coffee");

        assertThat(coffee.status()).isEqualTo(200);
        assertThat(coffee.isFullPage()).isFalse();
        assertThat(coffee.body().strip()).startsWith("<div id=\"starter-box-" + ada.id() + "\"").contains(
                "<option value=\"check-in-coffee\" selected>Coffee?</option>",
                "It has been 6 weeks, which is far too long!", "I would love to catch up on the analytical engine.",
                "href=\"mailto:ada@example.com?subject=Catching%20up&amp;body=Hi%20Ada%2C%0D%0A%0D%0AIt%20has%20been%206%20weeks");
    }

    @Test
    void theUsersOwnCheckInComesFirst() {
        WebSession session = WebSession.signUp(port, accounts);
        Person ada = due(session, "Ada Lovelace", 45, null);
        Template mine = messages.add(session.accountId(), new NewTemplate("check-in", "Mine", "Hey {first name}, {days since}!"));

        String page = session.get("/today").body();

        assertThat(page).contains("<option value=\"" + mine.key() + "\" selected>Mine</option>",
                "data-mailto=\"mail-" + ada.id() + "\">Hey Ada, 6 weeks!</textarea>");
    }

    @Test
    void anotherAccountsTemplateOrPersonIsNotFound() {
        WebSession owner = WebSession.signUp(port, accounts);
        Person ada = due(owner, "Ada Lovelace", 45, null);
        WebSession other = WebSession.signUp(port, accounts);
        Template theirs = messages.add(other.accountId(), new NewTemplate("check-in", "Theirs", "Yo {first name}"));

        assertThat(owner.htmx("/today/" + ada.id() + "/starter?template=" + theirs.key()).status()).isEqualTo(404);
        assertThat(owner.htmx("/today/" + ada.id() + "/starter?template=ask-advice").status()).isEqualTo(404);
        assertThat(other.htmx("/today/" + ada.id() + "/starter").status()).isEqualTo(404);
        assertThat(owner.htmx("/today/" + ada.id() + "/starter").body()).contains("Hi Ada,").doesNotContain("Theirs");
    }

    @Test
    void aNameWithAScriptTagStaysTextInTheStarterAndItsLink() {
        WebSession session = WebSession.signUp(port, accounts);
        due(session, "<script>alert(1)</script> Smith", 45, "a & b");

        String page = session.get("/today").body();

        assertThat(page).doesNotContain("<script>alert(1)")
                .contains("Hi &lt;script&gt;alert(1)&lt;/script&gt;,", "(a &amp; b)",
                        "body=Hi%20%3Cscript%3Ealert%281%29%3C%2Fscript%3E%2C");
    }

    @Test
    void anAskOnTodayOffersTheFollowUpStartersAndSwitchesInPlace() {
        WebSession session = WebSession.signUp(port, accounts);
        Person sam = due(session, "Sam Carter", 10, null);
        LocalDate today = today(session);
        Ask ask = asks.ask(accounts.byId(session.accountId()), new NewAsk(sam.id(), "an intro to your CFO",
                today.minusDays(8), null), today);

        String page = session.get("/today").body();

        assertThat(page).contains("<select id=\"template-ask-" + ask.id() + "\"",
                "hx-get=\"/today/asks/" + ask.id() + "/starter?date=" + today + "\"",
                "<option value=\"follow-up-nudge\" selected>Gentle nudge</option>",
                "Just floating this back to the top of your inbox: an intro to your CFO.",
                "href=\"mailto:ada@example.com?subject=Following%20up&amp;body=Hi%20Sam%2C");

        WebSession.Page later8 = session.htmx("/today/asks/" + ask.id() + "/starter?date=" + today
                + "&template=follow-up-later");

        assertThat(later8.body()).contains("Following up on my note from 8 days ago about an intro to your CFO.",
                "<option value=\"follow-up-later\" selected>");
        WebSession other = WebSession.signUp(port, accounts);
        assertThat(other.htmx("/today/asks/" + ask.id() + "/starter").status()).isEqualTo(404);
        assertThat(session.htmx("/today/asks/" + ask.id() + "/starter?template=check-in-coffee").status()).isEqualTo(404);
    }

    @Test
    void someoneWaitingForAReplyIsOnTodayAndReplyingChecksThemOff() {
        WebSession session = WebSession.signUp(port, accounts);
        LocalDate today = today(session);
        Person grace = people.add(session.accountId(), PersonDraft.named("Grace Hopper").withRhythm(60),
                today.minusDays(100));
        touchpoints.log(session.accountId(), new NewTouchpoint(grace.id(), today.minusDays(3), "email", "in",
                "Could we talk about the compiler?"), today);

        String page = session.get("/today").body();

        assertThat(page).contains("id=\"item-" + grace.id() + "\"",
                "Grace reached out to you 3 days ago by email: “Could we talk about the compiler?”",
                "<option value=\"email\" selected>Email</option>",
                "<select id=\"template-reply-" + grace.id() + "\"",
                "hx-get=\"/today/" + grace.id() + "/starter?kind=reply&amp;date=" + today + "\"",
                "Thank you for your message about “Could we talk about the compiler?”, and sorry it took me 3 days to "
                        + "get back to you.");
        assertThat(page).doesNotContain("id=\"starter-box-" + grace.id() + "\"");
        assertThat(session.htmx("/today/" + grace.id() + "/starter?kind=reply&date=" + today + "&template=reply-call")
                .body()).contains("Great to hear from you about “Could we talk about the compiler?”! Shall we find a time");

        WebSession.Page replied = session.htmxPost("/today/" + grace.id() + "/done",
                Map.of("date", today.toString(), "channel", "email"));

        assertThat(replied.body()).contains("class=\"item done\"", "✓ Done", "Grace reached out to you 3 days ago by email");
        assertThat(session.get("/today").body()).contains("class=\"item done\" id=\"item-" + grace.id() + "\"");
        assertThat(session.get("/today?date=" + today.plusDays(1)).body()).doesNotContain("id=\"item-" + grace.id() + "\"");
    }

    @Test
    void aBirthdayIsOnTodayWithABirthdayMessageThatSwitchesInPlace() {
        WebSession session = WebSession.signUp(port, accounts);
        LocalDate today = today(session);
        Person bea = people.add(session.accountId(), new PersonDraft("Bea Birthday", List.of("bea@example.com"), null,
                null, null, null, null, today.minusYears(40).toString(), null, null, null, null, null, null, null),
                today.minusDays(100));
        touchpoints.log(session.accountId(), new NewTouchpoint(bea.id(), today.minusDays(70), "coffee", "out", null), today);

        String page = session.get("/today").body();

        assertThat(page).contains("id=\"item-" + bea.id() + "\"", "<span class=\"tag\">birthday</span>",
                "Birthday today (turns 40)", "<option value=\"birthday-warm\" selected>Warm wishes</option>",
                "Happy birthday! I hope you have a wonderful day",
                "href=\"mailto:bea@example.com?subject=Happy%20birthday%2C%20Bea%21");
        assertThat(session.htmx("/today/" + bea.id() + "/starter?kind=birthday&date=" + today
                + "&template=birthday-catch-up").body())
                .contains("Happy birthday! It has been 2 months since we last caught up, so this is the perfect excuse to say hello.");

        WebSession.Page wished = session.htmxPost("/today/" + bea.id() + "/done",
                Map.of("date", today.toString(), "channel", "message", "note", "Happy birthday!"));

        assertThat(wished.body()).contains("class=\"item done\"", "✓ Done", "Birthday today (turns 40)");
        assertThat(touchpoints.ofPerson(session.accountId(), bea.id(), 1, 0).get(0).note()).isEqualTo("Happy birthday!");
    }

    @Test
    void aNewJobIsOnTodayWithACongratulationThatSwitchesInPlace() {
        WebSession session = WebSession.signUp(port, accounts);
        LocalDate today = today(session);
        Person ada = due(session, "Ada Lovelace", 10, null);
        profileChanges.record(session.accountId(), ada.id(), today.minusDays(2), "LinkedIn import", List.of(
                new FieldChange("role", "Engineer", "Staff Engineer"), new FieldChange("company", "Acme", "Stripe")));

        String page = session.get("/today").body();

        assertThat(page).contains("id=\"item-" + ada.id() + "\"", "<span class=\"tag\">new job</span>",
                "Ada moved from Engineer at Acme to Staff Engineer at Stripe: congratulate them?",
                "<option value=\"congratulation-new-job\" selected>New job</option>",
                "I just saw the news that you are now Staff Engineer at Stripe: congratulations!",
                "href=\"mailto:ada@example.com?subject=Congratulations%2C%20Ada%21");
        assertThat(session.htmx("/today/" + ada.id() + "/starter?kind=congratulation&date=" + today
                + "&template=congratulation-coffee").body())
                .contains("Congratulations on the new role (Staff Engineer at Stripe)! It has been 10 days since we last"
                        + " caught up, and this is the perfect excuse");

        WebSession.Page congratulated = session.htmxPost("/today/" + ada.id() + "/done",
                Map.of("date", today.toString(), "channel", "message", "note", "Congratulations!"));

        assertThat(congratulated.body()).contains("class=\"item done\"", "✓ Done", "Staff Engineer at Stripe");
        assertThat(session.get("/today?date=" + today.plusDays(1)).body()).doesNotContain("congratulate them?");
    }
}
