package app.kith.web.person;

import app.kith.person.Person;
import app.kith.person.Why;
import app.kith.web.Dates;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A person's page, in words: what the user said about them (empty lists and nulls for what was
 * not said), their circles, and their clock (rhythm, last touch, next due date, snooze). Notes
 * are HTML already made safe by {@link Markdown}. {@code matters} is why they matter, for the chips.
 */
public record PersonView(long id, String name, String headline, List<String> emails, List<Phone> phones,
                         String company, String role, String location, String linkedinUrl, String birthday,
                         String howWeMet, List<String> topics, List<String> lookingFor, String why, List<String> circles,
                         Timing timing, String notesHtml, Why matters) {

    /** A phone number as typed and as a {@code tel:} link. */
    public record Phone(String number, String href) {
    }

    /**
     * When to be in touch next: the rhythm and where it comes from (or what having none means),
     * the last touch, the due date in words and as a date (nulls when never touched or not
     * tracked), and the snooze.
     */
    public record Timing(String rhythm, String rhythmSource, String lastTouch, String lastTouchDate,
                         String lastTouchIso, String due, String dueDate, String dueIso, boolean overdue,
                         String snoozedUntil) {
    }

    static PersonView of(Person p, LocalDate today) {
        return new PersonView(p.id(), p.name(), headline(p), p.emails(),
                p.phones().stream().map(n -> new Phone(n, "tel:" + n.replaceAll("[^0-9+]", ""))).toList(),
                p.company(), p.role(), p.location(), p.linkedinUrl(), Dates.birthday(p.birthday()), p.howWeMet(), p.topics(),
                p.lookingFor(), why(p.why()), p.circles().stream().map(Person.CircleRef::name).toList(), timing(p, today),
                Markdown.toHtml(p.notes()), p.why());
    }

    static Timing timing(Person p, LocalDate today) {
        LocalDate last = p.lastTouchOn();
        LocalDate due = p.dueOn();
        String dueWords = due == null ? "Not tracked"
                : due.isBefore(today) ? "Overdue by " + Dates.span(today.toEpochDay() - due.toEpochDay())
                : due.equals(today) ? "Due today" : "Due " + Dates.relative(due, today);
        LocalDate snoozed = p.snoozedUntil() != null && p.snoozedUntil().isAfter(today) ? p.snoozedUntil() : null;
        return new Timing(rhythm(p), rhythmSource(p), last == null ? "Never" : capitalised(Dates.relative(last, today)),
                last == null ? null : Dates.date(last), last == null ? null : last.toString(), dueWords,
                due == null ? null : Dates.date(due), due == null ? null : due.toString(),
                due != null && due.isBefore(today), snoozed == null ? null : Dates.date(snoozed));
    }

    /** "Mathematician at Analytical Engines · London", from what is known. */
    private static String headline(Person p) {
        String work = p.role() != null && p.company() != null ? p.role() + " at " + p.company()
                : p.role() != null ? p.role() : p.company();
        return work == null ? p.location() : p.location() == null ? work : work + " · " + p.location();
    }

    private static String rhythm(Person p) {
        return p.rhythmDays() == null ? "None" : "Every " + days(p.rhythmDays());
    }

    /** Where the rhythm in force comes from, or what having none means. */
    private static String rhythmSource(Person p) {
        if (p.ownRhythmDays() != null) {
            return "Their own";
        }
        if (p.rhythmDays() == null) {
            return "Kith will not suggest them. Put them in a circle or give them a rhythm.";
        }
        return p.circles().stream().filter(c -> Objects.equals(c.rhythmDays(), p.rhythmDays()))
                .map(c -> "From the " + c.name() + " circle").findFirst().orElse(null);
    }

    private static String days(int n) {
        return n == 1 ? "day" : n + " days";
    }

    private static String why(Why why) {
        if (why == null) {
            return null;
        }
        return switch (why) {
            case AWESOME -> "They are awesome";
            case CONNECTOR -> "They are a connector";
            case BOTH -> "They are awesome and a connector";
        };
    }

    private static String capitalised(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
