package app.kith.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.Hostile;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A calendar feed is whatever its server sends: a damaged or hostile one is read as far as it
 * goes or refused as unreadable (the calendar's last error), never a failure of another kind,
 * and never more occurrences than a window can hold.
 */
class HostileCalendarProperties {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final EventReader READER = new EventReader(ZoneId.of("Europe/Paris"), NOW.minus(Calendars.LOOK_BACK),
            NOW.plus(Duration.ofDays(31)), Set.of("me@example.com"));

    private static final String CALENDAR = """
            BEGIN:VCALENDAR\r
            VERSION:2.0\r
            PRODID:-//Example//EN\r
            X-WR-CALNAME:me@example.com\r
            BEGIN:VTIMEZONE\r
            TZID:Europe/Paris\r
            BEGIN:STANDARD\r
            DTSTART:19701025T030000\r
            TZOFFSETFROM:+0200\r
            TZOFFSETTO:+0100\r
            RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r
            END:STANDARD\r
            END:VTIMEZONE\r
            BEGIN:VEVENT\r
            UID:weekly@example.com\r
            DTSTART;TZID=Europe/Paris:20260105T090000\r
            DTEND;TZID=Europe/Paris:20260105T093000\r
            RRULE:FREQ=WEEKLY;BYDAY=MO,TH\r
            EXDATE;TZID=Europe/Paris:20260305T090000\r
            SUMMARY:Coffee with Ada\r
            ORGANIZER:mailto:me@example.com\r
            ATTENDEE;PARTSTAT=ACCEPTED:mailto:ada@example.com\r
            ATTENDEE;PARTSTAT=DECLINED:mailto:grace@example.com\r
            LOCATION:https://meet.example.com/abc\r
            END:VEVENT\r
            BEGIN:VEVENT\r
            UID:weekly@example.com\r
            RECURRENCE-ID;TZID=Europe/Paris:20260309T090000\r
            DTSTART;TZID=Europe/Paris:20260309T100000\r
            DURATION:PT1H\r
            SUMMARY:Coffee, moved\r
            END:VEVENT\r
            BEGIN:VEVENT\r
            UID:allday@example.com\r
            DTSTART;VALUE=DATE:20260310\r
            SUMMARY:Offsite\r
            STATUS:CONFIRMED\r
            END:VEVENT\r
            END:VCALENDAR\r
            """;

    @Property(tries = 100)
    void aDamagedCalendarIsReadOrUnreadable(@ForAll("calendars") byte[] feed) {
        try {
            assertThat(READER.read(new String(feed, StandardCharsets.UTF_8))).hasSizeLessThan(10_000);
        } catch (CalendarUnreadable unreadable) {
            assertThat(unreadable.getMessage()).isNotBlank();
        }
    }

    @Example
    void aRuleRepeatingEverySecondOrMinuteIsNoMeetingAndReadsAtOnce() {
        for (String rule : List.of("FREQ=SECONDLY", "FREQ=MINUTELY;INTERVAL=1", "FREQ=SECONDLY;COUNT=99999999",
                "FREQ=DAILY;BYSECOND=0,1,2,3,4,5,6,7,8,9", "FREQ=HOURLY;BYMINUTE=0,5,10,15,20,25,30,35,40,45,50,55")) {
            String feed = CALENDAR.replace("DTSTART;TZID=Europe/Paris:20260105T090000", "DTSTART;TZID=Europe/Paris:19700105T090000")
                    .replace("FREQ=WEEKLY;BYDAY=MO,TH", rule);
            long started = System.nanoTime();

            List<Occurrence> read = READER.read(feed);

            assertThat(read).as(rule).extracting(Occurrence::summary).containsOnly("Coffee, moved", "Offsite");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as(rule).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Example
    void anHourlyEventSinceLongAgoIsReadOncePerHourOfTheWindow() {
        String feed = CALENDAR.replace("DTSTART;TZID=Europe/Paris:20260105T090000", "DTSTART;TZID=Europe/Paris:20000105T090000")
                .replace("FREQ=WEEKLY;BYDAY=MO,TH", "FREQ=HOURLY");

        assertThat(READER.read(feed)).hasSizeBetween(9_000, EventReader.MOST_OCCURRENCES + 2);
    }

    @Provide
    Arbitrary<byte[]> calendars() {
        return Hostile.files(CALENDAR, CALENDAR.replace("\r\n", "\n"), CALENDAR.replace("RRULE:FREQ=WEEKLY;BYDAY=MO,TH",
                "RRULE:FREQ=DAILY;UNTIL=20261231T000000Z;BYHOUR=9,10,11;BYSETPOS=-1"));
    }
}
