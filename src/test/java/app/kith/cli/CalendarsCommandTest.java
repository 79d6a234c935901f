package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.agenda.CaldavRadicaleTest;
import app.kith.agenda.Radicale;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kith calendars: a CalDAV calendar on a real Radicale added with its password on standard input, fetched, removed. */
class CalendarsCommandTest {

    @TempDir
    Path data;

    @TempDir
    Path dav;

    @Test
    void aCalDavCalendarIsAddedFetchedOnceListedAndRemoved() throws Exception {
        try (Radicale radicale = new Radicale(dav)) {
            radicale.put("coffee-ada", CaldavRadicaleTest.event("coffee-ada",
                    "DTSTART:20260220T090000Z\nDTEND:20260220T100000Z", "Coffee", "ATTENDEE:mailto:ada@example.com\n"));
            radicale.put("call-ada", CaldavRadicaleTest.event("call-ada",
                    "DTSTART:20260310T090000Z\nDTEND:20260310T100000Z", "Call", "ATTENDEE:mailto:ada@example.com\n"));
            radicale.sync();
            Cli kith = new Cli(data);
            kith.run("add", "Ada Lovelace", "--email", "ada@example.com");

            Cli.Result added = kith.input(Radicale.PASSWORD + "\n", "calendars", "add", radicale.calendarUrl(),
                    "--user", Radicale.USER, "--password-stdin");

            assertThat(added.code()).as(added.toString()).isZero();
            assertThat(added.out()).contains("Added calendar 1 (CalDAV, 127.0.0.1, user me@example.com).",
                    "2 meetings read, 1 touchpoint added, 1 coming meeting with people in Kith.");
            assertThat(kith.run("touchpoints", "Ada Lovelace").out()).contains("Fri 20 Feb 2026  coffee   mutual  Calendar: Coffee");
            assertThat(kith.run("calendars", "fetch").out()).contains("1: Fetched: 2 meetings read, 0 touchpoints added");
            assertThat(kith.run("calendars", "list").out()).contains("1  CalDAV, 127.0.0.1, user me@example.com  fetched");
            assertThat(kith.run("calendars", "remove", "1").out()).contains("Removed calendar 1");
            assertThat(kith.run("calendars", "list").out()).contains("No calendars.");
        }
    }

    @Test
    void aWrongPasswordIsSaidAndTheCommandFails() throws Exception {
        try (Radicale radicale = new Radicale(dav)) {
            Cli kith = new Cli(data);

            Cli.Result r = kith.input("wrong\n", "calendars", "add", radicale.calendarUrl(), "--user", Radicale.USER,
                    "--password-stdin");
            Cli.Result fetch = kith.run("calendars", "fetch", "1");

            assertThat(r.out()).contains("The fetch failed: The calendar server refused the user name or password");
            assertThat(fetch.code()).isEqualTo(1);
            assertThat(kith.run("calendars", "list").out()).contains("last error: The calendar server refused");
        }
    }

    @Test
    void anAddressThatIsNotHttpIsRefusedNamingIt() {
        Cli.Result r = new Cli(data).run("calendars", "add", "ftp://example.com/cal.ics");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("http://");
    }
}
