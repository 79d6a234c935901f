package app.kith.web;

import app.kith.person.Person;
import app.kith.person.Rhythms;
import app.kith.person.Why;
import app.kith.search.WhoResult;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A person as one row of a list: their avatar, what they do, their circles and rhythm in words,
 * their clock, and why they matter (for the chips). {@code due} says it in words ("12 days
 * overdue", "today", "3 Dec"), so being overdue never rests on colour alone; dates also come as
 * ISO for {@code <time>}.
 *
 * <p>When the list is a search, {@code shownName} and {@code work} have the words it matched
 * marked (as the who-knows engine says: "accounting" for "accountant", "Priya" for "Pri"), and
 * {@code matched} is the best other field it was found in ("topics: …", "notes: …", "email: …"),
 * or null when the name or the work already shows it.
 */
public record PersonRow(long id, String name, Avatar avatar, Marked shownName, Marked work, Marked matched,
                        List<String> circles, String rhythm, boolean tracked, String lastTouch, String lastTouchIso,
                        String due, String dueIso, boolean overdue, Why why) {

    /** Each person as a row, with their avatar by id; not a search. */
    public static List<PersonRow> all(List<Person> people, LocalDate today, Map<Long, Avatar> avatars) {
        return all(people, today, avatars, null, Map.of());
    }

    /** Each person as a row of a search for {@code query}, with why each matched (by id) as the engine says. */
    public static List<PersonRow> all(List<Person> people, LocalDate today, Map<Long, Avatar> avatars, String query,
                                      Map<Long, List<WhoResult.Match>> why) {
        return people.stream().map(p -> of(p, today, avatars.getOrDefault(p.id(), Avatar.of(p.id(), p.name(), false)),
                query, why.getOrDefault(p.id(), List.of()))).toList();
    }

    static PersonRow of(Person p, LocalDate today, Avatar avatar, String query, List<WhoResult.Match> matches) {
        LocalDate last = p.lastTouchOn();
        LocalDate dueOn = p.dueOn();
        boolean overdue = dueOn != null && dueOn.isBefore(today);
        String due = dueOn == null ? "not tracked"
                : overdue ? Wording.days(ChronoUnit.DAYS.between(dueOn, today)) + " overdue"
                : dueOn.equals(today) ? "today"
                : Dates.day(dueOn, today);
        Set<String> words = new HashSet<>();
        matches.forEach(m -> m.words().forEach(w -> words.addAll(List.of(w.split(" ")))));
        Marked name = Marked.words(null, p.name(), words);
        Marked work = work(p, words);
        return new PersonRow(p.id(), p.name(), avatar, name, work,
                name.isMarked() || work.isMarked() || query == null ? null : matched(p, query, matches, words),
                p.circles().stream().map(Person.CircleRef::name).toList(), Rhythms.inWords(p.rhythmDays()), p.tracked(),
                last == null ? "never" : Dates.day(last, today), last == null ? null : last.toString(),
                due, dueOn == null ? null : dueOn.toString(), overdue, p.why());
    }

    /** "Role, Company", either alone, or nothing. */
    private static Marked work(Person p, Set<String> words) {
        if (p.role() != null && p.company() != null) {
            return Marked.words(null, p.role(), words).then(Marked.plain(", ")).then(Marked.words(null, p.company(), words));
        }
        return p.role() != null ? Marked.words(null, p.role(), words)
                : p.company() != null ? Marked.words(null, p.company(), words) : Marked.plain("");
    }

    /**
     * The best other field the search matched: the location or topics as written, with their
     * words marked (only the topics that hold one are shown, "…" standing for the others); what
     * they are looking for, how you met, notes and the notes of touchpoints, asks and
     * introductions by the words that matched. An email is not in the engine's index: one that
     * holds what was typed is shown when nothing else is.
     */
    private static Marked matched(Person p, String query, List<WhoResult.Match> matches, Set<String> words) {
        for (WhoResult.Match m : matches) {
            switch (m.field()) {
                case "name", "role", "company" -> {
                }
                case "location" -> {
                    if (p.location() != null) {
                        return Marked.words("location", p.location(), words);
                    }
                }
                case "topics" -> {
                    Marked topics = topics(p.topics(), words);
                    if (topics != null) {
                        return topics;
                    }
                }
                default -> {
                    Marked shown = new Marked(m.field(), List.of());
                    for (int i = 0; i < m.words().size(); i++) {
                        shown = (i > 0 ? shown.then(Marked.plain(", ")) : shown)
                                .then(new Marked(null, List.of(new Marked.Part(m.words().get(i), true))));
                    }
                    return shown;
                }
            }
        }
        for (String email : p.emails()) {
            if (Marked.contains(email, query)) {
                return Marked.of("email", email, query);
            }
        }
        return null;
    }

    private static Marked topics(List<String> topics, Set<String> words) {
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < topics.size(); i++) {
            if (Marked.words(null, topics.get(i), words).isMarked()) {
                hits.add(i);
            }
        }
        if (hits.isEmpty()) {
            return null;
        }
        Marked shown = new Marked(topics.size() == 1 ? "topic" : "topics",
                hits.get(0) > 0 ? List.of(new Marked.Part("… ", false)) : List.of());
        for (int i = 0; i < hits.size(); i++) {
            shown = (i > 0 ? shown.then(Marked.plain(", ")) : shown).then(Marked.words(null, topics.get(hits.get(i)), words));
        }
        return hits.get(hits.size() - 1) < topics.size() - 1 ? shown.then(Marked.plain(" …")) : shown;
    }
}
