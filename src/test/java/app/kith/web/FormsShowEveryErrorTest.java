package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import app.kith.circle.Circles;
import app.kith.intro.IntroQuery;
import app.kith.intro.Introductions;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A form refused for several reasons says every one at once, each next to its field, and keeps
 * what was typed: nobody fixes one field, sends it, and only then hears about the next.
 */
@ServerTest
class FormsShowEveryErrorTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    @Autowired
    Circles circles;

    @Autowired
    Introductions introductions;

    WebSession web;

    @BeforeEach
    void signIn() {
        web = WebSession.signUp(port, accounts);
    }

    @Test
    void addingAPersonSaysEveryWrongField() {
        web.get("/people/new");

        WebSession.Page refused = web.post("/people", Map.of("name", " ", "email", "ada@", "rhythmDays", "monthly",
                "lastTouch", "yesterday-ish", "circle", "", "why", ""));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.errorOf("name")).isEqualTo("Name is required");
        assertThat(refused.errorOf("email")).isEqualTo("\"ada@\" is not a valid email address");
        assertThat(refused.errorOf("rhythmDays")).isEqualTo("Rhythm must be a whole number of days, like 30, not \"monthly\"");
        assertThat(refused.errorOf("lastTouch")).isEqualTo("Use a date like 2026-03-01, not \"yesterday-ish\"");
        assertThat(refused.body()).contains("value=\"ada@\"", "value=\"monthly\"");
        assertThat(people.count(web.accountId())).isZero();
    }

    @Test
    void aLastTouchAfterTodayIsSaidWithTheRest() {
        LocalDate tomorrow = accounts.byId(web.accountId()).today(java.time.Clock.systemDefaultZone()).plusDays(1);
        web.get("/people/new");

        WebSession.Page refused = web.post("/people", Map.of("name", "", "lastTouch", tomorrow.toString()));

        assertThat(refused.errorOf("name")).isEqualTo("Name is required");
        assertThat(refused.errorOf("lastTouch")).contains("is after today");
    }

    @Test
    void aCircleSaysItsNameAndItsRhythmAtOnce() {
        web.get("/circles");

        WebSession.Page refused = web.post("/circles", Map.of("name", "", "rhythmDays", "often"));

        assertThat(refused.errorOf("name")).isEqualTo("The name is required");
        assertThat(refused.errorOf("rhythmDays")).isEqualTo("The rhythm is a number of days, like 30, not \"often\"");
        assertThat(circles.list(web.accountId())).isEmpty();

        long id = circles.add(web.accountId(), "Clients", 45).id();
        web.get("/circles/" + id);
        WebSession.Page change = web.post("/circles/" + id, Map.of("name", " ", "rhythmDays", "0"));
        assertThat(change.errorOf("name")).isEqualTo("The name is required");
        assertThat(change.errorOf("rhythmDays")).isEqualTo("The rhythm must be at least 1 day, not 0");
        assertThat(circles.byId(web.accountId(), id).name()).isEqualTo("Clients");
    }

    @Test
    void settingsSayEveryWrongNumberAndTheTimeZone() {
        web.get("/settings");

        WebSession.Page refused = web.post("/settings", Map.of("capacity", "0", "timeZone", "Mars/Olympus",
                "followUpDays", "soon", "followUpsBeforeDrop", "99", "introFollowUpDays", "14"));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.errorOf("capacity")).isEqualTo("Capacity must be between 1 and 100, not 0");
        assertThat(refused.errorOf("timeZone")).startsWith("\"Mars/Olympus\" is not a time zone");
        assertThat(refused.errorOf("followUpDays")).isEqualTo("The days before an ask comes back must be a whole number, like 5");
        assertThat(refused.errorOf("followUpsBeforeDrop")).isEqualTo("The follow-ups before dropping must be between 0 and 20, not 99");
        assertThat(refused.body()).contains("value=\"soon\"", "value=\"99\"");
        assertThat(accounts.byId(web.accountId()).settings().capacity()).isEqualTo(5);
    }

    @Test
    void thePasswordFormSaysEverythingWrongWithoutTryingTheCurrentPassword() {
        web.get("/settings/password");

        WebSession.Page refused = web.post("/settings/password", Map.of("current", "", "password", "short",
                "again", "shorter"));

        assertThat(refused.errorOf("current")).isEqualTo("Type your current password.");
        assertThat(refused.errorOf("password")).isEqualTo("Password must be at least 8 characters.");
        assertThat(refused.errorOf("again")).isEqualTo("The two new passwords differ.");

        WebSession.Page wrongAndShort = web.post("/settings/password", Map.of("current", "not-my-password",
                "password", "short", "again", "short"));
        assertThat(wrongAndShort.errorOf("current")).isEqualTo("That is not your current password.");
        assertThat(wrongAndShort.errorOf("password")).isEqualTo("Password must be at least 8 characters.");
    }

    @Test
    void anAskSaysItsTextAndItsDayAtOnce() {
        Person sam = people.add(web.accountId(), PersonDraft.named("Sam Okafor"), LocalDate.now());
        web.get("/people/" + sam.id());

        WebSession.Page refused = web.htmxPost("/people/" + sam.id() + "/asks", Map.of("text", " ", "on", "someday"));

        assertThat(refused.errorOf("ask-text")).isEqualTo("Text is required");
        assertThat(refused.errorOf("ask-on")).isEqualTo("Date must be a date like 2026-03-01, not \"someday\"");
    }

    @Test
    void anIntroductionSaysWhoIsMissingAndWhyAtOnce() {
        Person sam = people.add(web.accountId(), PersonDraft.named("Sam Okafor"), LocalDate.now());
        web.get("/people/" + sam.id());

        WebSession.Page refused = web.htmxPost("/people/" + sam.id() + "/introductions",
                Map.of("other", "", "reason", " "));

        assertThat(refused.errorOf("intro-other")).isEqualTo("Type the name of the person to introduce Sam to");
        assertThat(refused.errorOf("intro-reason")).isEqualTo("Reason is required");
        assertThat(introductions.list(web.accountId(), IntroQuery.all())).isEmpty();
    }
}
