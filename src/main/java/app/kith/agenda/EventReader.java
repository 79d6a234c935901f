package app.kith.agenda;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateListProperty;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import net.fortuna.ical4j.util.CompatibilityHints;

/**
 * Reads iCalendar text into the meetings of a window: each event once, each occurrence of a
 * recurring one once (RRULE expanded in the window, EXDATEs left out, an occurrence moved or
 * changed by a RECURRENCE-ID taking its place). Cancelled events and those you declined are left
 * out, as are people who declined. Times with a TZID, in UTC or floating (the account's zone) and
 * all-day dates all come out as instants and a day in the account's zone.
 */
final class EventReader {

    static {
        // What Google and Outlook write is not always strict RFC 5545.
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_UNFOLDING, true);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING, true);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY, true);
    }

    private static final DateTimeFormatter UTC_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE_STAMP = DateTimeFormatter.BASIC_ISO_DATE;
    private static final List<String> LINK_PROPERTIES = List.of("LOCATION", "URL", "DESCRIPTION", "CONFERENCE",
            "X-GOOGLE-CONFERENCE", "X-MICROSOFT-SKYPETEAMSMEETINGURL", "X-MICROSOFT-ONLINEMEETINGCONFLINK",
            "X-MICROSOFT-ONLINEMEETINGEXTERNALLINK");

    /** The most occurrences of one recurring event kept in a window: an hourly one has fewer than 10,000. */
    static final int MOST_OCCURRENCES = 10_000;

    private final ZoneId zone;
    private final Instant from;
    private final Instant to;
    private final Set<String> me;

    /**
     * @param me your addresses (lower case): never a person met, and an event you declined is none
     */
    EventReader(ZoneId zone, Instant from, Instant to, Set<String> me) {
        this.zone = zone;
        this.from = from;
        this.to = to;
        this.me = me;
    }

    /** The meetings of one iCalendar text (a whole calendar, or one CalDAV resource). */
    List<Occurrence> read(String text) {
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(text));
        } catch (IOException | ParserException e) {
            throw new CalendarUnreadable("The calendar is not iCalendar text that can be read: " + e.getMessage(), e);
        }
        Set<String> me = new HashSet<>(this.me);
        calendar.getProperty("X-WR-CALNAME").map(p -> ((Property) p).getValue().strip().toLowerCase(Locale.ROOT))
                .filter(n -> n.matches("[^@\\s]+@[^@\\s]+")).ifPresent(me::add); // Google names a calendar by its owner
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        Map<String, VEvent> overrides = new HashMap<>();
        for (VEvent e : events) {
            readable(() -> e.getProperty(Property.RECURRENCE_ID).ifPresent(rid ->
                    overrides.put(uid(e) + "|" + stamp(((DateProperty<?>) rid).getDate()), e)));
        }
        List<Occurrence> found = new ArrayList<>();
        for (VEvent e : events) {
            if (e.getProperty(Property.DTSTART).isEmpty() || uid(e).isEmpty()) {
                continue;
            }
            List<Occurrence> ofEvent = new ArrayList<>();
            readable(() -> occurrences(e, overrides, me, ofEvent));
            found.addAll(ofEvent);
        }
        return found;
    }

    private void occurrences(VEvent e, Map<String, VEvent> overrides, Set<String> me, List<Occurrence> found) {
        Optional<Property> rid = e.getProperty(Property.RECURRENCE_ID);
        if (rid.isPresent()) {
            occurrence(e, uid(e) + "|" + stamp(((DateProperty<?>) rid.get()).getDate()), start(e), me)
                    .ifPresent(found::add);
        } else if (e.getProperty(Property.RRULE).isPresent()) {
            for (Temporal start : expand(e)) {
                String key = uid(e) + "|" + stamp(start);
                if (!overrides.containsKey(key)) {
                    occurrence(e, key, start, me).ifPresent(found::add);
                }
            }
        } else {
            occurrence(e, uid(e) + "|", start(e), me).ifPresent(found::add);
        }
    }

    /**
     * Reads one event, or leaves it out when its values cannot be read (a DTSTART that is no date,
     * a rule ical4j cannot expand): ical4j reads them lazily and fails with any runtime exception,
     * and one broken event from a calendar server should not hide the rest of the calendar.
     */
    private static void readable(Runnable read) {
        try {
            read.run();
        } catch (RuntimeException unreadable) {
            // left out: not a meeting Kith can place
        }
    }

    private Optional<Occurrence> occurrence(VEvent e, String key, Temporal start, Set<String> me) {
        if (text(e, Property.STATUS).equalsIgnoreCase("CANCELLED")) {
            return Optional.empty();
        }
        Instant begins = instant(start);
        Instant ends = end(e, start);
        if (!begins.isBefore(to) || !ends.isAfter(from)) {
            return Optional.empty();
        }
        Set<String> others = new LinkedHashSet<>();
        for (Property attendee : e.<Property>getProperties(Property.ATTENDEE)) {
            String address = address(attendee);
            boolean declined = attendee.getParameter(Parameter.PARTSTAT)
                    .map(p -> ((Parameter) p).getValue().equalsIgnoreCase("DECLINED")).orElse(false);
            if (me.contains(address)) {
                if (declined) {
                    return Optional.empty();
                }
            } else if (!declined && !address.isEmpty()) {
                others.add(address);
            }
        }
        e.getProperty(Property.ORGANIZER).map(o -> address((Property) o))
                .filter(a -> !a.isEmpty() && !me.contains(a)).ifPresent(others::add);
        String summary = text(e, Property.SUMMARY);
        StringBuilder linked = new StringBuilder();
        for (String name : LINK_PROPERTIES) {
            e.<Property>getProperties(name).forEach(p -> linked.append(p.getValue()).append('\n'));
        }
        String kind = Kinds.of(summary + "\n" + text(e, Property.LOCATION), linked.toString());
        LocalDate day = start instanceof LocalDate date ? date : begins.atZone(zone).toLocalDate();
        return Optional.of(new Occurrence(key, begins, ends, day, kind, summary, others));
    }

    /** The starts of a recurring event's occurrences in the window, without its EXDATEs. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<Temporal> expand(VEvent e) {
        Temporal seed = start(e);
        Duration length = Duration.between(instant(seed), end(e, seed));
        Temporal windowStart = like(seed, from.minus(length).minus(1, ChronoUnit.DAYS));
        Temporal windowEnd = like(seed, to.plus(1, ChronoUnit.DAYS));
        Set<String> excluded = new HashSet<>();
        for (Property p : e.<Property>getProperties(Property.EXDATE)) {
            for (Object date : ((DateListProperty<?>) p).getDates()) {
                excluded.add(stamp(normal((Temporal) date)));
            }
        }
        List<Temporal> starts = new ArrayList<>();
        for (Property p : e.<Property>getProperties(Property.RRULE)) {
            Recur recur = ((RRule<?>) p).getRecur();
            if (tooOften(recur)) {
                continue;
            }
            List<Temporal> dates = recur.getDates(seed, windowStart, windowEnd, MOST_OCCURRENCES);
            for (Temporal date : dates) {
                if (!excluded.contains(stamp(date))) {
                    starts.add(date);
                }
            }
        }
        return starts;
    }

    /**
     * A rule that repeats every second or minute (by its frequency or its BYSECOND and BYMINUTE
     * lists) is no meeting, and expanding it from a start years back would take minutes and
     * millions of dates: a feed that holds one is read without it.
     */
    private static boolean tooOften(Recur<?> recur) {
        return recur.getFrequency() == Frequency.SECONDLY || recur.getFrequency() == Frequency.MINUTELY
                || !recur.getSecondList().isEmpty() || recur.getMinuteList().size() > 4;
    }

    /** DTSTART as a date (all day) or a zoned time: the two kinds recurrence rules are expanded on. */
    private Temporal start(VEvent e) {
        return normal(((DateProperty<?>) e.getProperty(Property.DTSTART).orElseThrow()).getDate());
    }

    private Instant end(VEvent e, Temporal start) {
        Optional<Property> dtstart = e.getProperty(Property.DTSTART);
        Temporal first = normal(((DateProperty<?>) dtstart.orElseThrow()).getDate());
        Optional<Property> dtend = e.getProperty(Property.DTEND);
        if (dtend.isPresent()) {
            Temporal last = normal(((DateProperty<?>) dtend.get()).getDate());
            return instant(start).plus(Duration.between(instant(first), instant(last)));
        }
        Optional<Property> duration = e.getProperty(Property.DURATION);
        if (duration.isPresent()) {
            TemporalAmount amount = ((net.fortuna.ical4j.model.property.Duration) duration.get()).getDuration();
            return instant(start.plus(amount));
        }
        return start instanceof LocalDate date ? instant(date.plusDays(1)) : instant(start);
    }

    private Temporal normal(Temporal t) {
        if (t instanceof LocalDate || t instanceof ZonedDateTime) {
            return t;
        }
        if (t instanceof LocalDateTime local) {
            return local.atZone(zone);
        }
        if (t instanceof OffsetDateTime offset) {
            return offset.toZonedDateTime();
        }
        return ZonedDateTime.ofInstant(Instant.from(t), ZoneOffset.UTC);
    }

    private Instant instant(Temporal t) {
        Temporal n = normal(t);
        return n instanceof LocalDate date ? date.atStartOfDay(zone).toInstant() : ((ZonedDateTime) n).toInstant();
    }

    private Temporal like(Temporal seed, Instant at) {
        return seed instanceof LocalDate ? at.atZone(zone).toLocalDate() : at.atZone(((ZonedDateTime) seed).getZone());
    }

    /** An occurrence's original start as a recurrence id says it: a date, or the instant in UTC. */
    private String stamp(Temporal t) {
        Temporal n = normal(t);
        return n instanceof LocalDate date ? DATE_STAMP.format(date) : UTC_STAMP.format(((ZonedDateTime) n).toInstant());
    }

    private static String uid(VEvent e) {
        return text(e, Property.UID);
    }

    private static String text(VEvent e, String name) {
        return e.getProperty(name).map(p -> ((Property) p).getValue()).orElse("").strip();
    }

    private static String address(Property p) {
        String value = p.getValue().strip();
        return value.regionMatches(true, 0, "mailto:", 0, 7) ? value.substring(7).strip().toLowerCase(Locale.ROOT) : "";
    }
}
