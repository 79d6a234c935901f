package app.kith.web;

import app.kith.person.Person;
import app.kith.person.Rhythms;
import app.kith.person.Why;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.stream.Collectors;

/**
 * A person as one row of a list: what they do, their circles and rhythm in words, their clock,
 * and why they matter (for the chips). {@code due} says it in words ("12 days overdue", "today", "3 Dec"), so being overdue
 * never rests on colour alone; dates also come as ISO for {@code <time>}.
 */
public record PersonRow(long id, String name, String work, String circles, String rhythm, boolean tracked,
                        String lastTouch, String lastTouchIso, String due, String dueIso, boolean overdue, Why why) {

    public static PersonRow of(Person p, LocalDate today) {
        String work = p.role() != null && p.company() != null ? p.role() + ", " + p.company()
                : p.role() != null ? p.role() : p.company() != null ? p.company() : "";
        String circles = p.circles().stream().map(Person.CircleRef::name).collect(Collectors.joining(", "));
        LocalDate last = p.lastTouchOn();
        LocalDate dueOn = p.dueOn();
        boolean overdue = dueOn != null && dueOn.isBefore(today);
        String due = dueOn == null ? "not tracked"
                : overdue ? Wording.days(ChronoUnit.DAYS.between(dueOn, today)) + " overdue"
                : dueOn.equals(today) ? "today"
                : Dates.day(dueOn, today);
        return new PersonRow(p.id(), p.name(), work, circles, Rhythms.inWords(p.rhythmDays()), p.tracked(),
                last == null ? "never" : Dates.day(last, today), last == null ? null : last.toString(),
                due, dueOn == null ? null : dueOn.toString(), overdue, p.why());
    }
}
