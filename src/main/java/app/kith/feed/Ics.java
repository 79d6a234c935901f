package app.kith.feed;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * The feed as iCalendar (RFC 5545), written by ical4j. Events are all-day (VALUE=DATE): a date
 * with no time is the same day wherever the calendar is read, which is what a day's plan is. The
 * account's time zone goes along (VTIMEZONE and X-WR-TIMEZONE) so a calendar that shows the feed
 * knows whose days they are.
 */
final class Ics {

    /** How often a calendar app should read the feed again. */
    static final Duration REFRESH = Duration.ofHours(1);

    // Loading a zone's definition reads a file from ical4j's jar: once per zone, not per request.
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private Ics() {
    }

    static Calendar calendar(List<FeedEvent> events, ZoneId zone, Instant now) {
        Calendar calendar = new Calendar()
                .add(new ProdId("-//Kith//Today in the calendar//EN"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(new XProperty("X-WR-CALNAME", "Kith"))
                .add(new XProperty("X-WR-CALDESC", "Who to get in touch with each day, from Kith"))
                .add(new XProperty("X-WR-TIMEZONE", zone.getId()))
                .add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH))
                .add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        TimeZone timeZone = zone(zone);
        if (timeZone != null) {
            calendar.add(timeZone.getVTimeZone());
        }
        for (FeedEvent e : events) {
            // ical4j stamps a new event with the clock's time: the feed's own "now" replaces it.
            VEvent event = new VEvent(e.day(), e.day().plusDays(1), e.summary())
                    .replace(new DtStamp(now))
                    .add(new Uid(e.uid()))
                    .add(new Description(e.description()))
                    .add(new Url(URI.create(e.url())))
                    .add(ImmutableTransp.TRANSPARENT);
            calendar.add(event);
        }
        return calendar;
    }

    static String text(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("The calendar feed is not valid iCalendar: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static TimeZone zone(ZoneId zone) {
        try {
            return ZONES.getTimeZone(zone.getId());
        } catch (RuntimeException e) {
            return null; // a zone ical4j has no definition of (an offset such as +02:00): the dates still hold
        }
    }
}
