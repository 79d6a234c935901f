package app.kith.web.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.agenda.DaysFromToday;
import app.kith.agenda.DaysFromToday.Meeting;
import app.kith.agenda.IcsServer;
import app.kith.api.ServerTest;
import app.kith.person.People;
import app.kith.person.PersonDraft;
import app.kith.web.WebSession;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Settings' Calendars section adds, fetches and removes a calendar; the person page says their next meeting. */
@ServerTest
class CalendarsSettingsTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    WebSession web;
    IcsServer calendar;

    @BeforeEach
    void signUp() {
        web = WebSession.signUp(port, accounts);
        calendar = new IcsServer();
    }

    @AfterEach
    void stop() {
        calendar.close();
    }

    private long ada() {
        return people.add(web.accountId(), new PersonDraft("Ada Lovelace", List.of("ada@example.com"), null, null, null,
                null, null, null, null, null, null, null, null, null, null), LocalDate.now()).id();
    }

    @Test
    void aCalendarAddedInSettingsIsFetchedAtOnceAndShownWithWhatItAdded() {
        ada();
        String url = calendar.serve("/private-xyz/basic.ics", DaysFromToday.calendar(
                new Meeting("past", -2, "Lunch", "ada@example.com")));
        web.get("/settings");

        WebSession.Page added = web.post("/settings/calendars", Map.of("url", url, "user", "", "password", ""));

        assertThat(added.location()).endsWith("/settings#calendars");
        String page = web.get("/settings").body();
        assertThat(page).contains("Calendar added. Fetched: 1 meeting read, 1 touchpoint added",
                "iCalendar · 127.0.0.1", "added 1 (1 in all)").doesNotContain("private-xyz");
    }

    @Test
    void aRefusedAddressIsShownNextToItsFieldAndAddsNothing() {
        web.get("/settings");

        web.post("/settings/calendars", Map.of("url", "ftp://example.com/cal.ics", "user", "", "password", ""));

        String page = web.get("/settings").body();
        assertThat(page).contains("id=\"calendar-url-error\"", "url must be an http:// or https://",
                "value=\"ftp://example.com/cal.ics\"").doesNotContain("Fetch now");
    }

    @Test
    void aFailedFetchIsTheCalendarsLastErrorAndItCanBeRemoved() {
        web.get("/settings");
        web.post("/settings/calendars", Map.of("url", calendar.serve("/gone.ics", "").replace("gone", "missing"),
                "user", "", "password", ""));
        String page = web.get("/settings").body();
        assertThat(page).contains("The fetch failed: No calendar at that address (HTTP 404)");
        String id = page.replaceAll("(?s).*action=\"/settings/calendars/(\\d+)/delete\".*", "$1");

        web.post("/settings/calendars/" + id + "/delete", Map.of());

        assertThat(web.get("/settings").body()).contains("Removed the calendar on 127.0.0.1").doesNotContain("Fetch now");
    }

    @Test
    void thePersonPageSaysTheirNextMeetingsCalmly() {
        long ada = ada();
        web.get("/settings");
        web.post("/settings/calendars", Map.of("url", calendar.serve("/c.ics", DaysFromToday.calendar(
                new Meeting("coffee", 3, "Coffee", "ada@example.com"),
                new Meeting("sync", 12, "Sync", "ada@example.com"))), "user", "", "password", ""));

        String page = web.get("/people/" + ada).body();

        String weekday = LocalDate.now(ZoneOffset.UTC).plusDays(3).getDayOfWeek().getDisplayName(TextStyle.FULL,
                Locale.ENGLISH);
        assertThat(page).contains("<span class=\"muted\">Next:</span> coffee <time datetime=\""
                + LocalDate.now(ZoneOffset.UTC).plusDays(3) + "\">on " + weekday + "</time>",
                "<span class=\"muted\">Then:</span> a meeting");
    }
}
