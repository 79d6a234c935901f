package app.kith.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.StoreTest;
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
 * A CalDAV calendar on a real server, Debian's Radicale, with events put there by a real client,
 * vdirsyncer, from a folder of .ics files; Kith reads it by calendar-query REPORT.
 */
public class CaldavRadicaleTest extends StoreTest {

    /** The calendar servers here are on 127.0.0.1: private addresses are allowed, as on a personal Kith. */
    static final java.util.function.BooleanSupplier LOCAL_SERVERS_ALLOWED = () -> true;

    static final String PARIS = """
            BEGIN:VTIMEZONE
            TZID:Europe/Paris
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
            """;

    private Radicale radicale;
    private Calendars calendars;
    private long ada;
    private long grace;

    @BeforeEach
    void start() throws Exception {
        radicale = new Radicale(folder.resolve("radicale"));
        calendars = new Calendars(sql(), db.transactions(), kith.clock(), kith.accounts(), kith.identities(),
                kith.touchpoints(), kith.clocks(), app.kith.SecretKey.of(folder, java.util.Map.of()),
                LOCAL_SERVERS_ALLOWED);
        kith.accounts().setTimeZone(owner(), "Europe/Paris");
        ada = kith.people().add(owner(), IcalUrlTest.withEmail("Ada Lovelace", "ada@example.com"), TODAY).id();
        grace = kith.people().add(owner(), IcalUrlTest.withEmail("Grace Hopper", "grace@example.com"), TODAY).id();
    }

    @AfterEach
    void stop() throws Exception {
        radicale.close();
    }

    public static String event(String uid, String times, String summary, String more) {
        return "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Kith tests//EN\n" + PARIS + "BEGIN:VEVENT\nUID:" + uid
                + "\nDTSTAMP:20260301T000000Z\n" + times + "\nSUMMARY:" + summary
                + "\nORGANIZER:mailto:" + Radicale.USER + "\n" + more + "END:VEVENT\nEND:VCALENDAR\n";
    }

    private void putAll() throws Exception {
        radicale.put("coffee-ada", event("coffee-ada", "DTSTART:20260220T090000Z\nDTEND:20260220T100000Z", "Coffee",
                "ATTENDEE;PARTSTAT=ACCEPTED:mailto:ada@example.com\n"));
        radicale.put("weekly-grace", "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Kith tests//EN\n" + PARIS + """
                BEGIN:VEVENT
                UID:weekly-grace
                DTSTAMP:20260301T000000Z
                DTSTART;TZID=Europe/Paris:20260205T140000
                DTEND;TZID=Europe/Paris:20260205T143000
                RRULE:FREQ=WEEKLY;COUNT=4
                SUMMARY:Weekly with Grace
                LOCATION:https://zoom.us/j/123456789
                ATTENDEE;PARTSTAT=ACCEPTED:mailto:grace@example.com
                END:VEVENT
                BEGIN:VEVENT
                UID:weekly-grace
                DTSTAMP:20260301T000000Z
                RECURRENCE-ID;TZID=Europe/Paris:20260212T140000
                DTSTART;TZID=Europe/Paris:20260212T140000
                DTEND;TZID=Europe/Paris:20260212T143000
                STATUS:CANCELLED
                SUMMARY:Weekly with Grace
                ATTENDEE;PARTSTAT=ACCEPTED:mailto:grace@example.com
                END:VEVENT
                END:VCALENDAR
                """);
        radicale.put("declined", event("declined", "DTSTART:20260225T120000Z\nDTEND:20260225T130000Z", "Offsite",
                "ATTENDEE;PARTSTAT=DECLINED:mailto:" + Radicale.USER + "\nATTENDEE:mailto:ada@example.com\n"));
        radicale.put("lunch-ada", event("lunch-ada", "DTSTART:20260305T113000Z\nDTEND:20260305T130000Z", "Lunch",
                "ATTENDEE:mailto:ada@example.com\n"));
        radicale.put("sync-grace", event("sync-grace", "DTSTART:20260304T150000Z\nDTEND:20260304T153000Z", "Sync",
                "ATTENDEE:mailto:grace@example.com\n"));
        radicale.sync();
    }

    private long subscribe() {
        return calendars.add(owner(), new NewCalendar("caldav", radicale.calendarUrl(), Radicale.USER,
                Radicale.PASSWORD)).id();
    }

    private List<Touchpoint> of(long person) {
        return kith.touchpoints().ofPerson(owner(), person, 100, 0).stream()
                .sorted(Comparator.comparing(Touchpoint::on)).toList();
    }

    @Test
    void pastMeetingsBecomeTouchpointsOnceAndEachOccurrenceOnce() throws Exception {
        putAll();
        long calendar = subscribe();

        FetchResult first = calendars.fetch(owner(), calendar);
        FetchResult again = calendars.fetch(owner(), calendar);

        assertThat(first.error()).isNull();
        assertThat(first.added()).isEqualTo(4);
        assertThat(again.added()).isZero();
        assertThat(of(ada)).singleElement().satisfies(t -> {
            assertThat(t.on()).isEqualTo(LocalDate.of(2026, 2, 20));
            assertThat(t.channel()).isEqualTo(Channel.COFFEE);
            assertThat(t.direction()).isEqualTo(Direction.MUTUAL);
        });
        // Three of four Thursdays: the 12th was cancelled.
        assertThat(of(grace)).extracting(Touchpoint::on).containsExactly(LocalDate.of(2026, 2, 5),
                LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 26));
        assertThat(of(grace)).extracting(Touchpoint::channel).containsOnly(Channel.VIDEO);
        assertThat(calendars.next(owner(), ada, 3)).extracting(NextMeeting::day, NextMeeting::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 5), "coffee"));
        assertThat(calendars.next(owner(), grace, 3)).extracting(NextMeeting::kind).containsExactly("meeting");
    }

    @Test
    void movedAndCancelledMeetingsAreFollowedWithoutDuplicates() throws Exception {
        putAll();
        long calendar = subscribe();
        calendars.fetch(owner(), calendar);

        radicale.put("coffee-ada", event("coffee-ada", "DTSTART:20260221T090000Z\nDTEND:20260221T100000Z", "Coffee",
                "SEQUENCE:1\nATTENDEE;PARTSTAT=ACCEPTED:mailto:ada@example.com\n"));
        radicale.put("lunch-ada", event("lunch-ada", "DTSTART:20260306T113000Z\nDTEND:20260306T130000Z", "Lunch",
                "SEQUENCE:1\nATTENDEE:mailto:ada@example.com\n"));
        radicale.put("sync-grace", event("sync-grace", "DTSTART:20260304T150000Z\nDTEND:20260304T153000Z", "Sync",
                "SEQUENCE:1\nSTATUS:CANCELLED\nATTENDEE:mailto:grace@example.com\n"));
        radicale.sync();
        FetchResult after = calendars.fetch(owner(), calendar);

        assertThat(after.error()).isNull();
        assertThat(after.added()).isZero();
        assertThat(of(ada)).extracting(Touchpoint::on).containsExactly(LocalDate.of(2026, 2, 20));
        assertThat(calendars.next(owner(), ada, 3)).extracting(NextMeeting::day).containsExactly(LocalDate.of(2026, 3, 6));
        assertThat(calendars.next(owner(), grace, 3)).isEmpty();
    }

    @Test
    void aWrongPasswordIsTheCalendarsLastErrorAndAddsNothing() throws Exception {
        putAll();
        long calendar = calendars.add(owner(), new NewCalendar("caldav", radicale.calendarUrl(), Radicale.USER,
                "not the password")).id();

        FetchResult r = calendars.fetch(owner(), calendar);

        assertThat(r.error()).contains("refused");
        assertThat(calendars.get(owner(), calendar).lastError()).contains("refused");
        assertThat(rows("touchpoint")).isZero();
    }
}
