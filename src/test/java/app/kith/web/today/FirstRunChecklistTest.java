package app.kith.web.today;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import app.kith.person.People;
import app.kith.person.PersonDraft;
import app.kith.web.WebSession;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The first-run checklist on an empty Today, its steps ticked as they are done, until the user goes on to Today. */
@ServerTest
class FirstRunChecklistTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    @Autowired
    Clock clock;

    WebSession web;
    LocalDate today;

    @BeforeEach
    void signIn() {
        web = WebSession.signUp(port, accounts);
        today = accounts.byId(web.accountId()).today(clock);
    }

    private void add(String name, String why) {
        people.add(web.accountId(), new PersonDraft(name, null, null, null, null, null, null, null, null, null, why, null,
                30, null, today.minusDays(40)), today);
    }

    /** The step the page marks as the next one, by its heading. */
    private static String next(String page) {
        var m = java.util.regex.Pattern.compile("aria-current=\"step\"[^>]*>\\s*<h3>(?:<span[^>]*>✓</span> )?\\s*([^<]+)</h3>")
                .matcher(page);
        return m.find() ? m.group(1).strip() : null;
    }

    @Test
    void anEmptyTodayLeadsToImportingFirst() {
        String page = web.get("/today?welcome").body();

        assertThat(page).contains("Kith is ready", "<h2 id=\"first-run-heading\">Get started</h2>",
                "<a href=\"/import\" role=\"button\">Import contacts</a>", "LinkedIn", "Google Contacts", "vCard",
                "Mark who is awesome or a connector", "Your time zone", "How many people a day",
                "data-zone=\"" + accounts.byId(web.accountId()).settings().timeZone().getId() + "\"")
                .doesNotContain("Go to Today");
        assertThat(next(page)).isEqualTo("Bring in the people you know");
    }

    @Test
    void stepsAreTickedAsTheyAreDoneAndGoingToTodayEndsIt() {
        web.get("/today");
        add("Ada Lovelace", null);

        String imported = web.get("/today?welcome").body();
        assertThat(imported).contains("1 person in Kith", "<a href=\"/people?why=none&amp;sort=name\" role=\"button\"")
                .doesNotContain("Kith is ready");
        assertThat(next(imported)).isEqualTo("Mark who is awesome or a connector");

        add("Grace Hopper", "connector");
        assertThat(next(web.get("/today").body())).isEqualTo("Your time zone");

        web.post("/settings/time-zone", "timeZone", "Europe/Paris");
        assertThat(accounts.byId(web.accountId()).settings().timeZone().getId()).isEqualTo("Europe/Paris");
        assertThat(next(web.get("/today").body())).isEqualTo("How many people a day");

        WebSession.Page refused = web.post("/settings/capacity", "capacity", "0");
        assertThat(refused.location()).isEqualTo("/today");
        assertThat(web.get("/today").body()).contains("id=\"first-run-capacity-error\"", "Capacity must be between 1 and 100");

        web.post("/settings/capacity", "capacity", "3");
        String ready = web.get("/today").body();
        assertThat(accounts.byId(web.accountId()).settings().capacity()).isEqualTo(3);
        assertThat(ready).contains("Today holds 3 a day");
        assertThat(next(ready)).isEqualTo("Then, every morning: Today");

        WebSession.Page done = web.post("/first-run/done");
        assertThat(done.location()).isEqualTo("/today");
        String plan = web.get("/today").body();
        assertThat(plan).doesNotContain("first-run-heading").contains("Ada Lovelace");
    }

    @Test
    void anAccountThatNeverSawAnEmptyTodayGetsNoChecklist() {
        add("Ada Lovelace", null);

        assertThat(web.get("/today").body()).doesNotContain("first-run-heading").contains("Ada Lovelace");
    }

    @Test
    void aTimeZoneThatIsNoneIsSaidOnTheChecklist() {
        web.get("/today");

        web.post("/settings/time-zone", "timeZone", "Mars/Olympus");

        assertThat(web.get("/today").body()).contains("is not a time zone");
        assertThat(next(web.get("/today").body())).isEqualTo("Bring in the people you know");
    }
}
