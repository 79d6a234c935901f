package app.kith.web.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import app.kith.person.People;
import app.kith.person.PersonDraft;
import app.kith.web.WebSession;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The calendar link made, shown once, renewed and turned off in Settings, and the feed it serves to anyone holding it. */
@ServerTest
class CalendarFeedPageTest {

    private static final Pattern LINK = Pattern.compile("value=\"http://[^/\"]+(/calendar/[A-Za-z0-9_-]{43}\\.ics)\"");

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    private WebSession withPerson(String name) {
        WebSession session = WebSession.signUp(port, accounts);
        LocalDate today = accounts.byId(session.accountId()).today(java.time.Clock.systemUTC());
        people.add(session.accountId(), new PersonDraft(name, null, null, null, null, null, null, null, null, null, null,
                null, 30, null, null), today.minusDays(60));
        return session;
    }

    /** Makes a link through the settings form and reads it off the page it leads to. */
    private static String makeLink(WebSession session) {
        session.get("/settings");
        WebSession.Page made = session.post("/settings/calendar", Map.of());
        assertThat(made.location()).endsWith("/settings#calendar");
        Matcher link = LINK.matcher(session.get("/settings").body());
        assertThat(link.find()).as("the new link is shown").isTrue();
        return link.group(1);
    }

    @Test
    void theLinkIsShownOnceAndServesTheFeedWithoutSigningIn() {
        WebSession session = withPerson("Ada Lovelace");
        assertThat(session.get("/settings").body()).contains("<h2>Calendar</h2>", "Make a calendar link");

        String link = makeLink(session);

        String again = session.get("/settings").body();
        assertThat(LINK.matcher(again).find()).as("shown once").isFalse();
        assertThat(again).contains("Your calendar link is on", "Make a new link (the old one stops working)", "Turn off");
        WebSession.Page feed = WebSession.anonymous(port).get(link);
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.header("Content-Type")).isEqualTo("text/calendar;charset=UTF-8");
        assertThat(feed.header("Cache-Control")).isEqualTo("max-age=900, private");
        assertThat(feed.header("Set-Cookie")).as("a calendar app's poll makes no session").isNull();
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR").contains("SUMMARY:Reach out: Ada", "X-WR-CALNAME:Kith",
                "http://127.0.0.1:" + port + "/today?date=");
    }

    @Test
    void aWrongMissingOrMalformedTokenIsNotFoundAndSaysNothingMore() {
        WebSession anonymous = WebSession.anonymous(port);
        assertThat(anonymous.get("/calendar/" + "A".repeat(43) + ".ics").body()).isEqualTo("Not found\n");
        for (String path : new String[] {"/calendar/.ics", "/calendar/" + "A".repeat(43) + ".ics", "/calendar/x.ics",
                "/calendar/' OR 1=1 --.ics"}) {
            WebSession.Page page = anonymous.get(path.replace(" ", "%20").replace("'", "%27"));
            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.header("Set-Cookie")).as(path).isNull();
            assertThat(page.body()).as(path).doesNotContain("VCALENDAR", "token");
        }
    }

    @Test
    void aNewLinkOrTurningItOffMakesTheOldOneStopWorking() {
        WebSession session = withPerson("Sam Okafor");
        String first = makeLink(session);
        String second = makeLink(session);
        WebSession anonymous = WebSession.anonymous(port);

        assertThat(second).isNotEqualTo(first);
        assertThat(anonymous.get(first).status()).isEqualTo(404);
        assertThat(anonymous.get(second).status()).isEqualTo(200);

        session.get("/settings");
        session.post("/settings/calendar/off", Map.of());
        assertThat(anonymous.get(second).status()).isEqualTo(404);
        assertThat(session.get("/settings").body()).contains("Make a calendar link").doesNotContain("Turn off");
    }

    @Test
    void eachLinkShowsOnlyItsOwnAccount() {
        WebSession ada = withPerson("Ada Lovelace");
        WebSession bea = withPerson("Bea Bishop");

        String adas = WebSession.anonymous(port).get(makeLink(ada)).body();
        String beas = WebSession.anonymous(port).get(makeLink(bea)).body();

        assertThat(adas).contains("Ada").doesNotContain("Bea");
        assertThat(beas).contains("Bea").doesNotContain("Ada");
    }

    @Test
    void makingOrTurningOffALinkNeedsTheFormsCsrfToken() {
        WebSession session = withPerson("Cy Csrf");
        WebSession.Page refused = session.postExactly("/settings/calendar", Map.of());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(session.get("/settings").body()).contains("Make a calendar link");
    }
}
