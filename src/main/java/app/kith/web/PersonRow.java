package app.kith.web;

import app.kith.person.Person;
import app.kith.person.Rhythms;
import app.kith.person.Why;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A person as one row of a list: their avatar, what they do, their circles and rhythm in words,
 * their clock, and why they matter (for the chips). {@code due} says it in words ("12 days
 * overdue", "today", "3 Dec"), so being overdue never rests on colour alone; dates also come as
 * ISO for {@code <time>}.
 *
 * <p>When the list is a search, {@code shownName} and {@code work} have what was searched for
 * marked, and {@code matched} is the other field it was found in ("email: …", "topics: …"),
 * or null when the name or the work already shows it.
 */
public record PersonRow(long id, String name, Avatar avatar, Marked shownName, Marked work, Marked matched,
                        List<String> circles, String rhythm, boolean tracked, String lastTouch, String lastTouchIso,
                        String due, String dueIso, boolean overdue, Why why) {

    /** Each person as a row, with their avatar by id; {@code query}: the search, or null. */
    public static List<PersonRow> all(List<Person> people, LocalDate today, Map<Long, Avatar> avatars, String query) {
        return people.stream().map(p -> of(p, today, avatars.getOrDefault(p.id(), Avatar.of(p.id(), p.name(), false)),
                query)).toList();
    }

    public static PersonRow of(Person p, LocalDate today, Avatar avatar, String query) {
        LocalDate last = p.lastTouchOn();
        LocalDate dueOn = p.dueOn();
        boolean overdue = dueOn != null && dueOn.isBefore(today);
        String due = dueOn == null ? "not tracked"
                : overdue ? Wording.days(ChronoUnit.DAYS.between(dueOn, today)) + " overdue"
                : dueOn.equals(today) ? "today"
                : Dates.day(dueOn, today);
        Marked name = Marked.of(null, p.name(), query);
        Marked work = work(p, query);
        return new PersonRow(p.id(), p.name(), avatar, name, work,
                name.isMarked() || work.isMarked() ? null : matched(p, query),
                p.circles().stream().map(Person.CircleRef::name).toList(), Rhythms.inWords(p.rhythmDays()), p.tracked(),
                last == null ? "never" : Dates.day(last, today), last == null ? null : last.toString(),
                due, dueOn == null ? null : dueOn.toString(), overdue, p.why());
    }

    /** "Role, Company", either alone, or nothing. */
    private static Marked work(Person p, String query) {
        if (p.role() != null && p.company() != null) {
            return Marked.of(null, p.role(), query).then(Marked.plain(", ")).then(Marked.of(null, p.company(), query));
        }
        return p.role() != null ? Marked.of(null, p.role(), query)
                : p.company() != null ? Marked.of(null, p.company(), query) : Marked.plain("");
    }

    /**
     * The first other field the search reads ({@code CleanPerson.searchText}: location, emails,
     * topics) that holds the query; only the topics that hold it are shown, "…" standing for the
     * others.
     */
    private static Marked matched(Person p, String query) {
        if (Marked.contains(p.location(), query)) {
            return Marked.of("location", p.location(), query);
        }
        for (String email : p.emails()) {
            if (Marked.contains(email, query)) {
                return Marked.of("email", email, query);
            }
        }
        List<String> topics = p.topics();
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < topics.size(); i++) {
            if (Marked.contains(topics.get(i), query)) {
                hits.add(i);
            }
        }
        if (hits.isEmpty()) {
            return null;
        }
        Marked shown = new Marked(topics.size() == 1 ? "topic" : "topics",
                hits.get(0) > 0 ? List.of(new Marked.Part("… ", false)) : List.of());
        for (int i = 0; i < hits.size(); i++) {
            shown = (i > 0 ? shown.then(Marked.plain(", ")) : shown).then(Marked.of(null, topics.get(hits.get(i)), query));
        }
        return hits.get(hits.size() - 1) < topics.size() - 1 ? shown.then(Marked.plain(" …")) : shown;
    }
}
