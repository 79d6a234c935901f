package app.kith.feed;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.StoreTest;
import app.kith.account.Account;
import app.kith.ask.NewAsk;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.reminder.NewKeyDate;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The feed's events on real data (TODAY is Monday 2 March 2026), read back and validated by ical4j. */
class FeedContentTest extends StoreTest {

    private static final String BASE = "https://kith.example.org";

    private Person person(String name, String birthday, Integer rhythmDays) {
        return kith.people().add(owner(), new PersonDraft(name, null, null, null, null, null, null, birthday, null, null,
                null, null, rhythmDays, null, null), TODAY.minusDays(60));
    }

    private Account account() {
        return kith.accounts().owner();
    }

    /** The served text, parsed and validated as a calendar app would read it. */
    static Calendar parsed(String ics) {
        try {
            Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
            assertThat(calendar.validate().getEntries()).as("ical4j's validation of\n" + ics).isEmpty();
            return calendar;
        } catch (Exception e) {
            throw new AssertionError("not iCalendar: " + ics, e);
        }
    }

    static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents("VEVENT");
    }

    static String value(VEvent event, String property) {
        return event.<Property>getProperty(property).map(Property::getValue).orElse(null);
    }

    /** Summary by start date and UID, e.g. "20260302 day-2026-03-02@… Reach out: Ada". */
    static Map<String, VEvent> byUid(Calendar calendar) {
        return events(calendar).stream().collect(Collectors.toMap(e -> value(e, "UID"), e -> e));
    }

    private CalendarFeed feedAt(Instant now) {
        return new CalendarFeed(sql(), kith.accounts(), kith.planner(), Clock.fixed(now, ZoneOffset.UTC), kith.audit());
    }

    @Test
    void eachDayHasItsPlanAndBirthdaysAndAsksHaveEventsOfTheirOwn() {
        person("Ada Lovelace", null, 30);
        Person sam = person("Sam Okafor", null, null);
        person("Priya Patel", "1990-03-05", null);
        kith.asks().ask(account(), new NewAsk(sam.id(), "an intro to Grace", TODAY.minusDays(10), null), TODAY);

        String ics = kith.calendarFeed().feed(account(), BASE + "/");
        Calendar calendar = parsed(ics);

        assertThat(calendar.<Property>getProperty("X-WR-CALNAME").map(Property::getValue)).contains("Kith");
        assertThat(ics).contains("REFRESH-INTERVAL;VALUE=DURATION:PT1H", "X-PUBLISHED-TTL:PT1H");
        VEvent today = events(calendar).stream().filter(e -> value(e, "UID").startsWith("day-2026-03-02@")).findFirst()
                .orElseThrow();
        assertThat(value(today, "SUMMARY")).isEqualTo("Reach out: Sam, Ada");
        assertThat(value(today, "DESCRIPTION")).contains("Ada Lovelace: ", "Sam Okafor: You asked Sam for an intro to Grace",
                "Open Today in Kith: https://kith.example.org/today?date=2026-03-02");
        assertThat(value(today, "URL")).isEqualTo("https://kith.example.org/today?date=2026-03-02");
        assertThat(ics).contains("DTSTART;VALUE=DATE:20260302", "DTEND;VALUE=DATE:20260303");
        assertThat(value(today, "TRANSP")).isEqualTo("TRANSPARENT");

        List<String> dated = events(calendar).stream().filter(e -> !value(e, "UID").startsWith("day-"))
                .map(e -> value(e, "DTSTART") + " " + value(e, "SUMMARY")).toList();
        assertThat(dated).contains("20260305 Priya Patel’s birthday", "20260228 Follow up with Sam Okafor (ask)");
        assertThat(events(calendar).stream().filter(e -> value(e, "UID").startsWith("day-2026-03-05@"))
                .map(e -> value(e, "SUMMARY"))).singleElement().asString().contains("Priya");
        assertThat(events(calendar)).allSatisfy(e -> {
            assertThat(value(e, "UID")).endsWith(".kith");
            assertThat(e.getProperties("DTSTAMP")).hasSize(1);
            assertThat(value(e, "DTSTAMP")).isEqualTo("20260302T100000Z");
        });
    }

    @Test
    void remindersAndKeyDatesAreEventsOnTheirDayInTheirOwnWords() {
        Person ada = person("Ada Lovelace", null, null);
        Person sam = person("Sam Okafor", null, null);
        kith.reminders().remind(owner(), ada.id(), TODAY.plusDays(3), "send Ada the article", TODAY);
        kith.keyDates().add(owner(), new NewKeyDate(sam.id(), "work anniversary", LocalDate.of(2021, 3, 6), true));

        Calendar calendar = parsed(kith.calendarFeed().feed(account(), BASE));

        List<String> lines = events(calendar).stream().map(e -> value(e, "DTSTART") + " " + value(e, "SUMMARY")).toList();
        // The reminder waits on Today until Ada is reached, but it is one event, on its own day.
        assertThat(lines).contains("20260305 Ada Lovelace: send Ada the article", "20260306 Sam Okafor: work anniversary",
                "20260305 Reach out: Ada", "20260306 Reach out: Ada, Sam", "20260307 Reach out: Ada");
        assertThat(lines).filteredOn(l -> l.contains("send Ada the article")).hasSize(1);
    }

    @Test
    void aBirthdayTheDaysCapacityLeftOffTheListStillHasItsEvent() {
        kith.accounts().setCapacity(owner(), 1);
        person("Priya Patel", "1990-03-05", null);
        person("Grace Hopper", "1985-03-05", null);

        List<String> lines = events(parsed(kith.calendarFeed().feed(account(), BASE))).stream()
                .map(e -> value(e, "DTSTART") + " " + value(e, "SUMMARY")).toList();

        assertThat(lines).contains("20260305 Priya Patel’s birthday", "20260305 Grace Hopper’s birthday");
        assertThat(lines).filteredOn(l -> l.startsWith("20260305 Reach out")).singleElement().asString()
                .doesNotContain(",");
    }

    @Test
    void theFeedSpansAWeekBackAndTwoWeeksAheadAndSaysNothingOfEmptyDays() {
        person("Before Window", "1990-02-22", null);
        person("First Day", "1990-02-23", null);
        person("Last Day", "1990-03-16", null);
        person("After Window", "1990-03-17", null);

        Calendar calendar = parsed(kith.calendarFeed().feed(account(), BASE));

        assertThat(events(calendar)).extracting(e -> value(e, "SUMMARY")).containsExactlyInAnyOrder(
                "Reach out: First", "First Day’s birthday", "Reach out: Last", "Last Day’s birthday");
    }

    @Test
    void uidsStayTheSameOnEveryRequestAndFromOneDayToTheNext() {
        person("Ada Lovelace", null, 30);
        person("Priya Patel", "1990-03-05", null);

        Map<String, VEvent> first = byUid(parsed(kith.calendarFeed().feed(account(), BASE)));
        Map<String, VEvent> again = byUid(parsed(kith.calendarFeed().feed(account(), BASE)));
        Map<String, VEvent> tomorrow = byUid(parsed(feedAt(NOW.plus(Duration.ofDays(1))).feed(account(), BASE)));

        assertThat(again.keySet()).isEqualTo(first.keySet());
        String birthday = first.keySet().stream().filter(uid -> uid.startsWith("birthday-")).findFirst().orElseThrow();
        assertThat(birthday).matches("birthday-\\d+-2026-03-05@[0-9a-f]{16}\\.kith");
        assertThat(tomorrow).containsKey(birthday);
        String day = first.keySet().stream().filter(uid -> uid.startsWith("day-2026-03-05@")).findFirst().orElseThrow();
        assertThat(tomorrow).containsKey(day);
        assertThat(value(tomorrow.get(day), "DTSTART")).isEqualTo("20260305");
    }

    /** A clock a test moves on. */
    private static final class Moving extends Clock {
        Instant now = NOW;

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aLinkReadAgainSoonIsServedAsItWasAndAnewAfterFiveMinutesButARevokedOneAtOnceNot() {
        Moving clock = new Moving();
        CalendarFeed feed = new CalendarFeed(sql(), kith.accounts(), kith.planner(), clock, kith.audit());
        person("Ada Lovelace", null, 30);
        String token = feed.newLink(owner()).token();
        String first = feed.feed(token, BASE).orElseThrow();

        person("Bea Bishop", null, 30);
        clock.now = NOW.plus(Duration.ofMinutes(4));
        assertThat(feed.feed(token, BASE)).contains(first);
        clock.now = NOW.plus(CalendarFeed.SERVED_FOR);
        assertThat(feed.feed(token, BASE).orElseThrow()).contains("Bea");

        String renewed = feed.newLink(owner()).token();
        assertThat(feed.feed(token, BASE)).isEmpty();
        assertThat(feed.feed(renewed, BASE)).isPresent();
        feed.turnOff(owner());
        assertThat(feed.feed(renewed, BASE)).isEmpty();
    }

    @Test
    void theDaysAreTheAccountsOwnInItsTimeZone() {
        // At 12:00 UTC on 2 March it is already 3 March in Auckland, still 2 March in Los Angeles.
        CalendarFeed noon = feedAt(Instant.parse("2026-03-02T12:00:00Z"));
        person("Auckland Last", "1990-03-17", null);
        person("Angeles First", "1990-02-23", null);

        kith.accounts().setTimeZone(owner(), "Pacific/Auckland");
        String auckland = noon.feed(account(), BASE);
        kith.accounts().setTimeZone(owner(), "America/Los_Angeles");
        String losAngeles = noon.feed(account(), BASE);

        assertThat(events(parsed(auckland))).extracting(e -> value(e, "SUMMARY")).contains("Auckland Last’s birthday")
                .doesNotContain("Angeles First’s birthday");
        assertThat(events(parsed(losAngeles))).extracting(e -> value(e, "SUMMARY")).contains("Angeles First’s birthday")
                .doesNotContain("Auckland Last’s birthday");
        assertThat(auckland).contains("X-WR-TIMEZONE:Pacific/Auckland", "BEGIN:VTIMEZONE", "TZID:Pacific/Auckland");
        assertThat(losAngeles).contains("TZID:America/Los_Angeles");
    }
}
