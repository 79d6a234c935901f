package app.kith.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.Invalid;
import app.kith.StoreTest;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.Channel;
import app.kith.touchpoint.Direction;
import app.kith.touchpoint.Touchpoint;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A private iCalendar address, served by a real local HTTP server with what Google and Outlook
 * write: past meetings with people in Kith become touchpoints once, coming ones are "next".
 */
class IcalUrlTest extends StoreTest {

    /** The calendar servers here are on 127.0.0.1: private addresses are allowed, as on a personal Kith. */
    static final java.util.function.BooleanSupplier LOCAL_SERVERS_ALLOWED = () -> true;

    /** Google: the calendar named by its owner, times with a TZID, a Meet link in X-GOOGLE-CONFERENCE. */
    static final String GOOGLE = """
            BEGIN:VCALENDAR
            PRODID:-//Google Inc//Google Calendar 70.9054//EN
            VERSION:2.0
            CALSCALE:GREGORIAN
            METHOD:PUBLISH
            X-WR-CALNAME:me@gmail.com
            X-WR-TIMEZONE:Europe/Paris
            BEGIN:VTIMEZONE
            TZID:Europe/Paris
            X-LIC-LOCATION:Europe/Paris
            BEGIN:DAYLIGHT
            TZOFFSETFROM:+0100
            TZOFFSETTO:+0200
            TZNAME:CEST
            DTSTART:19700329T020000
            RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
            END:DAYLIGHT
            BEGIN:STANDARD
            TZOFFSETFROM:+0200
            TZOFFSETTO:+0100
            TZNAME:CET
            DTSTART:19701025T030000
            RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
            END:STANDARD
            END:VTIMEZONE
            BEGIN:VEVENT
            DTSTART;TZID=Europe/Paris:20260225T083000
            DTEND;TZID=Europe/Paris:20260225T093000
            DTSTAMP:20260301T120000Z
            ORGANIZER;CN=me@gmail.com:mailto:me@gmail.com
            UID:coffee-1@google.com
            ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ada
              Lovelace;X-NUM-GUESTS=0:mailto:ADA@example.com
            ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=me@gm
             ail.com;X-NUM-GUESTS=0:mailto:me@gmail.com
            ATTENDEE;PARTSTAT=ACCEPTED;CN=Bob:mailto:bob@unknown.example
            DESCRIPTION:Agenda: talk about lunch plans and the zoom.us pricing
            LOCATION:Café Procope\\, 13 Rue de l'Ancienne Comédie\\, Paris
            STATUS:CONFIRMED
            SUMMARY:Ada / me
            END:VEVENT
            BEGIN:VEVENT
            DTSTART:20260226T150000Z
            DTEND:20260226T153000Z
            UID:meet-1@google.com
            ORGANIZER;CN=Grace Hopper:mailto:grace@example.com
            ATTENDEE;PARTSTAT=ACCEPTED:mailto:me@gmail.com
            ATTENDEE;PARTSTAT=NEEDS-ACTION:mailto:grace@example.com
            X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij
            SUMMARY:Catch-up
            END:VEVENT
            BEGIN:VEVENT
            DTSTART:20260227T120000Z
            DTEND:20260227T130000Z
            UID:declined-1@google.com
            ATTENDEE;PARTSTAT=DECLINED:mailto:me@gmail.com
            ATTENDEE;PARTSTAT=ACCEPTED:mailto:ada@example.com
            SUMMARY:Lunch I did not go to
            END:VEVENT
            BEGIN:VEVENT
            DTSTART:20260228T120000Z
            DTEND:20260228T130000Z
            UID:cancelled-1@google.com
            STATUS:CANCELLED
            ATTENDEE:mailto:ada@example.com
            SUMMARY:Lunch, cancelled
            END:VEVENT
            BEGIN:VEVENT
            DTSTART:20260301T120000Z
            DTEND:20260301T130000Z
            UID:grace-declined@google.com
            ATTENDEE;PARTSTAT=ACCEPTED:mailto:me@gmail.com
            ATTENDEE;PARTSTAT=DECLINED:mailto:grace@example.com
            SUMMARY:Board meeting
            END:VEVENT
            BEGIN:VEVENT
            DTSTART;TZID=Europe/Paris:20260305T123000
            DTEND;TZID=Europe/Paris:20260305T140000
            UID:lunch-2@google.com
            ATTENDEE;PARTSTAT=ACCEPTED:mailto:ada@example.com
            DESCRIPTION:Never stored
            SUMMARY:Lunch with Ada
            END:VEVENT
            END:VCALENDAR
            """;

    /**
     * Outlook: a Windows time zone name, the organizer is Ada, a Teams link in the description and
     * in Microsoft's own property; and a weekly one-to-one with Grace, one week skipped (EXDATE)
     * and one moved (RECURRENCE-ID).
     */
    static final String OUTLOOK = """
            BEGIN:VCALENDAR
            METHOD:PUBLISH
            PRODID:Microsoft Exchange Server 2010
            VERSION:2.0
            X-WR-CALNAME:Calendar
            BEGIN:VTIMEZONE
            TZID:W. Europe Standard Time
            BEGIN:STANDARD
            DTSTART:16010101T030000
            TZOFFSETFROM:+0200
            TZOFFSETTO:+0100
            RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
            END:STANDARD
            BEGIN:DAYLIGHT
            DTSTART:16010101T020000
            TZOFFSETFROM:+0100
            TZOFFSETTO:+0200
            RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
            END:DAYLIGHT
            END:VTIMEZONE
            BEGIN:VEVENT
            DESCRIPTION:____\\nMicrosoft Teams meeting\\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_x\\n
            UID:040000008200E00074C5B7101A82E00800000000D0A3C6B1B5A2DA01000000000000000010000000
            SUMMARY:Planning review
            DTSTART;TZID=W. Europe Standard Time:20260224T160000
            DTEND;TZID=W. Europe Standard Time:20260224T170000
            CLASS:PUBLIC
            PRIORITY:5
            DTSTAMP:20260301T100000Z
            TRANSP:OPAQUE
            STATUS:CONFIRMED
            SEQUENCE:0
            LOCATION:Microsoft Teams Meeting
            ORGANIZER;CN=Ada Lovelace:mailto:ada@example.com
            X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_x
            END:VEVENT
            BEGIN:VEVENT
            UID:weekly-grace
            SUMMARY:1:1 Grace
            DTSTART;TZID=W. Europe Standard Time:20260202T090000
            DTEND;TZID=W. Europe Standard Time:20260202T093000
            RRULE:FREQ=WEEKLY;COUNT=10;BYDAY=MO
            EXDATE;TZID=W. Europe Standard Time:20260209T090000
            ATTENDEE;PARTSTAT=ACCEPTED:mailto:grace@example.com
            LOCATION:Room 4
            END:VEVENT
            BEGIN:VEVENT
            UID:weekly-grace
            RECURRENCE-ID;TZID=W. Europe Standard Time:20260216T090000
            SUMMARY:1:1 Grace (moved)
            DTSTART;TZID=W. Europe Standard Time:20260217T100000
            DTEND;TZID=W. Europe Standard Time:20260217T103000
            ATTENDEE;PARTSTAT=ACCEPTED:mailto:grace@example.com
            END:VEVENT
            END:VCALENDAR
            """;

    private IcsServer server;
    private Calendars calendars;
    private long ada;
    private long grace;

    @BeforeEach
    void setUp() {
        server = new IcsServer();
        calendars = new Calendars(sql(), db.transactions(), kith.clock(), kith.accounts(), kith.identities(),
                kith.touchpoints(), kith.clocks(), app.kith.SecretKey.of(folder, java.util.Map.of()),
                LOCAL_SERVERS_ALLOWED);
        kith.accounts().setTimeZone(owner(), "Europe/Paris");
        ada = kith.people().add(owner(), withEmail("Ada Lovelace", "ada@example.com"), TODAY).id();
        grace = kith.people().add(owner(), withEmail("Grace Hopper", "grace@example.com"), TODAY).id();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static PersonDraft withEmail(String name, String email) {
        return new PersonDraft(name, List.of(email), null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    private List<Touchpoint> of(long person) {
        return kith.touchpoints().ofPerson(owner(), person, 100, 0).stream()
                .sorted(Comparator.comparing(Touchpoint::on)).toList();
    }

    @Test
    void pastMeetingsWithPeopleInKithBecomeMutualTouchpointsOnTheirDay() {
        long google = calendars.add(owner(), new NewCalendar(null, server.serve("/google.ics", GOOGLE), null, null)).id();

        FetchResult r = calendars.fetch(owner(), google);

        assertThat(r.error()).isNull();
        assertThat(r.added()).isEqualTo(2);
        assertThat(of(ada)).singleElement().satisfies(t -> {
            assertThat(t.on()).isEqualTo(LocalDate.of(2026, 2, 25));
            assertThat(t.channel()).isEqualTo(Channel.COFFEE); // the place is a café; the description is not read for it
            assertThat(t.direction()).isEqualTo(Direction.MUTUAL);
            assertThat(t.note()).isEqualTo("Calendar: Ada / me");
        });
        assertThat(of(grace)).singleElement().satisfies(t -> {
            assertThat(t.on()).isEqualTo(LocalDate.of(2026, 2, 26));
            assertThat(t.channel()).isEqualTo(Channel.VIDEO);
        });
        assertThat(kith.people().get(owner(), ada).lastTouchOn()).isEqualTo(LocalDate.of(2026, 2, 25));
    }

    @Test
    void fetchingAgainAddsNothing() {
        long google = calendars.add(owner(), new NewCalendar(null, server.serve("/google.ics", GOOGLE), null, null)).id();
        calendars.fetch(owner(), google);

        FetchResult again = calendars.fetch(owner(), google);

        assertThat(again.added()).isZero();
        assertThat(of(ada)).hasSize(1);
        assertThat(calendars.get(owner(), google).addedTotal()).isEqualTo(2);
        assertThat(calendars.get(owner(), google).lastAdded()).isZero();
    }

    @Test
    void aTouchpointDeletedByHandDoesNotComeBack() {
        long google = calendars.add(owner(), new NewCalendar(null, server.serve("/google.ics", GOOGLE), null, null)).id();
        calendars.fetch(owner(), google);
        kith.touchpoints().delete(owner(), of(ada).get(0).id());

        calendars.fetch(owner(), google);

        assertThat(of(ada)).isEmpty();
    }

    @Test
    void outlookTeamsMeetingIsVideoAndEachOccurrenceOfARecurringOneCountsOnce() {
        long outlook = calendars.add(owner(), new NewCalendar("ical", server.serve("/outlook.ics", OUTLOOK), null, null)).id();

        calendars.fetch(owner(), outlook);
        calendars.fetch(owner(), outlook);

        assertThat(of(ada)).singleElement().satisfies(t -> {
            assertThat(t.on()).isEqualTo(LocalDate.of(2026, 2, 24));
            assertThat(t.channel()).isEqualTo(Channel.VIDEO);
        });
        // Mondays 2, 16 (moved to the 17th) and 23 February and 2 March (09:00 Paris: over by now); the 9th skipped.
        assertThat(of(grace)).extracting(Touchpoint::on).containsExactly(LocalDate.of(2026, 2, 2),
                LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 23), LocalDate.of(2026, 3, 2));
        assertThat(of(grace)).extracting(Touchpoint::channel).containsOnly(Channel.MEETING);
    }

    @Test
    void comingMeetingsAreNextAtMostThreeSoonestFirst() {
        calendars.fetch(owner(), calendars.add(owner(), new NewCalendar(null, server.serve("/g.ics", GOOGLE), null,
                null)).id());
        calendars.fetch(owner(), calendars.add(owner(), new NewCalendar(null, server.serve("/o.ics", OUTLOOK), null,
                null)).id());

        assertThat(calendars.next(owner(), ada, 3)).singleElement().satisfies(n -> {
            assertThat(n.day()).isEqualTo(LocalDate.of(2026, 3, 5));
            assertThat(n.inWords()).isEqualTo("coffee");
        });
        assertThat(calendars.next(owner(), grace, 3)).extracting(NextMeeting::day).containsExactly(
                LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 23));
        assertThat(sql().sql("SELECT COUNT(*) FROM calendar_upcoming WHERE person_id = :p").param("p", grace)
                .query(Integer.class).single()).isEqualTo(4);
    }

    @Test
    void anUnreachableCalendarKeepsItsErrorAndChangesNothing() {
        long gone = calendars.add(owner(), new NewCalendar(null, server.serve("/x.ics", GOOGLE).replace("/x.ics",
                "/missing.ics"), null, null)).id();

        FetchResult r = calendars.fetch(owner(), gone);

        assertThat(r.error()).contains("404");
        assertThat(calendars.get(owner(), gone).lastError()).contains("404");
        assertThat(rows("touchpoint")).isZero();
    }

    @Test
    void theAddressIsStoredSealedAndShownOnlyByItsHost() {
        String url = server.serve("/private-abc123/basic.ics", GOOGLE);

        Subscription s = calendars.add(owner(), new NewCalendar(null, url, null, null));

        assertThat(s.host()).isEqualTo("127.0.0.1");
        assertThat(sql().sql("SELECT url_sealed FROM calendar_subscription").query(String.class).single())
                .doesNotContain("abc123");
        assertThat(folder.resolve(app.kith.SecretKey.FILE)).exists();
    }

    @Test
    void anAddressThatIsNotHttpIsRefusedNamingTheField() {
        assertThatThrownBy(() -> calendars.add(owner(), new NewCalendar(null, "file:///etc/passwd", null, null)))
                .isInstanceOf(Invalid.class).extracting("field").isEqualTo("url");
    }

    @Test
    void anotherAccountsCalendarIsNotFound() {
        long google = calendars.add(owner(), new NewCalendar(null, server.serve("/g.ics", GOOGLE), null, null)).id();

        long other = anotherAccount();

        assertThatThrownBy(() -> calendars.fetch(other, google)).isInstanceOf(app.kith.NotFound.class);
        assertThatThrownBy(() -> calendars.remove(other, google)).isInstanceOf(app.kith.NotFound.class);
    }

    @Test
    void theHourlySweepFetchesEachDueCalendarOnceEvenOnTwoNodesAtOnce() throws Exception {
        calendars.add(owner(), new NewCalendar(null, server.serve("/g.ics", GOOGLE), null, null));
        calendars.add(owner(), new NewCalendar(null, server.serve("/o.ics", OUTLOOK), null, null));
        Calendars otherNode = new Calendars(sql(), db.transactions(), kith.clock(), kith.accounts(), kith.identities(),
                kith.touchpoints(), kith.clocks(), app.kith.SecretKey.of(folder, java.util.Map.of()),
                LOCAL_SERVERS_ALLOWED);

        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        var one = pool.submit(() -> calendars.fetchDue(java.time.Duration.ofHours(1)));
        var two = pool.submit(() -> otherNode.fetchDue(java.time.Duration.ofHours(1)));
        int fetched = one.get() + two.get();
        pool.shutdown();

        assertThat(fetched).isEqualTo(2);
        assertThat(server.requests()).isEqualTo(2);
        assertThat(calendars.fetchDue(java.time.Duration.ofHours(1))).isZero(); // fetched a moment ago
        assertThat(of(grace)).hasSize(5);
    }

    @Test
    void theHourlySweepSkipsADisabledAccountsCalendars() {
        long mine = calendars.add(owner(), new NewCalendar(null, server.serve("/g.ics", GOOGLE), null, null)).id();
        long other = anotherAccount();
        long theirs = calendars.add(other, new NewCalendar(null, server.serve("/o.ics", OUTLOOK), null, null)).id();
        kith.accounts().admin().disable(kith.accounts().owner().id(), "other@example.com");

        assertThat(calendars.fetchDue(java.time.Duration.ofHours(1))).isEqualTo(1);

        assertThat(server.requests()).as("the disabled account's calendar is not fetched").isEqualTo(1);
        assertThat(calendars.get(owner(), mine).addedTotal()).isEqualTo(2);
        assertThat(calendars.get(other, theirs).addedTotal()).isZero();
        assertThat(rows("touchpoint")).isEqualTo(2);
    }

    @Test
    void aPageThatIsNotACalendarIsSaidAsTheLastError() {
        long wrong = calendars.add(owner(), new NewCalendar(null, server.serve("/login", "<!doctype html><p>Sign in"),
                null, null)).id();

        FetchResult r = calendars.fetch(owner(), wrong);

        assertThat(r.error()).startsWith("The calendar is not iCalendar text that can be read");
        assertThat(calendars.get(owner(), wrong).lastError()).startsWith("The calendar is not iCalendar text");
    }
}
