package app.kith.web.who;

import app.kith.Invalid;
import app.kith.account.Account;
import app.kith.ask.Ask;
import app.kith.ask.Asks;
import app.kith.circle.Circle;
import app.kith.circle.Circles;
import app.kith.intro.Introduction;
import app.kith.intro.Introductions;
import app.kith.message.Messages;
import app.kith.person.People;
import app.kith.person.PeopleQuery;
import app.kith.person.Person;
import app.kith.search.Who;
import app.kith.search.WhoResult;
import app.kith.touchpoint.Touchpoint;
import app.kith.touchpoint.Touchpoints;
import app.kith.web.Avatar;
import app.kith.web.Avatars;
import app.kith.web.Dates;
import app.kith.web.Marked;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Builds the "Who knows" page from a search: each person found, why, and what can be done from there. */
@Component
class WhoResults {

    private static final int REASONS = 2;
    private static final int SEEKERS = 2;
    private static final List<String> EXAMPLES = List.of("tax", "React", "Lisbon");

    private final Who who;
    private final People people;
    private final Circles circles;
    private final Touchpoints touchpoints;
    private final Asks asks;
    private final Introductions introductions;
    private final Avatars avatars;
    private final Clock clock;

    WhoResults(Who who, People people, Circles circles, Touchpoints touchpoints, Asks asks, Introductions introductions,
               Avatars avatars, Clock clock) {
        this.who = who;
        this.people = people;
        this.circles = circles;
        this.touchpoints = touchpoints;
        this.asks = asks;
        this.introductions = introductions;
        this.avatars = avatars;
        this.clock = clock;
    }

    /** The page for a search; {@code done} is what an action without JavaScript just did (or null). */
    WhoView view(Account account, WhoFilters f, Done done) {
        List<Circle> all = circles.list(account.id());
        Map<String, String> errors = new LinkedHashMap<>();
        if (f.q().length() > WhoFilters.MAX_TEXT) {
            errors.put("q", "The search is at most " + WhoFilters.MAX_TEXT + " characters: a few words say it best.");
        }
        if (f.location().length() > WhoFilters.MAX_TEXT) {
            errors.put("location", "The location is at most " + WhoFilters.MAX_TEXT + " characters.");
        }
        if (f.circle() != null && all.stream().noneMatch(c -> c.id() == f.circle())) {
            errors.put("circle", "The circle chosen no longer exists: choose another.");
        }
        List<WhoResult> found = List.of();
        if (errors.isEmpty() && !f.blank()) {
            try {
                found = who.who(account.id(), f.query());
            } catch (Invalid e) {
                errors.put(e.field(), e.getMessage());
            }
        }
        List<WhoRow> rows = rows(account, f, found, done);
        String summary = found.isEmpty() ? null : (found.size() == 1 ? "1 person" : found.size() + " people")
                + " may know, best first";
        String nobody = errors.isEmpty() && !f.blank() && found.isEmpty()
                ? "Nobody you know matches “" + f.q().strip() + "”" + (f.active() > 0 ? " with these filters" : "") + "."
                : null;
        return new WhoView(f, circleChoices(all, f), reasonChoices(f), rows, summary, errors,
                f.blank() ? examples(account) : List.of(), nobody, done == null ? null : done.notice());
    }

    /** The ask of a person about a search, not asked yet. */
    AskSlot askSlot(Person p, WhoFilters f) {
        return new AskSlot(p.id(), Messages.firstName(p.name()), "help with " + f.topic(), null, null, f);
    }

    private List<WhoRow> rows(Account account, WhoFilters f, List<WhoResult> found, Done done) {
        if (found.isEmpty()) {
            return List.of();
        }
        LocalDate today = account.today(clock);
        Map<Long, Person> byId = People.byId(people.get(account.id(), found.stream().map(WhoResult::personId).toList()));
        Map<Long, Avatar> faces = avatars.of(account.id(), Avatars.who(found, WhoResult::personId, WhoResult::name));
        List<Seeker> seekers = seekers(account, f);
        List<WhoRow> rows = new ArrayList<>();
        for (WhoResult r : found) {
            Person p = byId.get(r.personId());
            if (p == null) {
                continue; // deleted between the search and now
            }
            rows.add(row(account, f, r, p, faces.get(p.id()), seekers, done, today));
        }
        return rows;
    }

    private WhoRow row(Account account, WhoFilters f, WhoResult r, Person p, Avatar face, List<Seeker> seekers, Done done,
                       LocalDate today) {
        List<String> nameWords = r.why().stream().filter(m -> m.field().equals("name"))
                .flatMap(m -> m.words().stream().map(Marked::fold)).toList();
        Function<String, List<String>> logged = field -> logged(account, p.id(), field, today);
        List<Marked> reasons = r.why().stream().filter(m -> !m.field().equals("name")).limit(REASONS)
                .map(m -> Matched.of(m.field(), m.words(), p, logged)).toList();
        AskSlot ask = askSlot(p, f);
        if (done != null && done.personId() == p.id() && done.askId() != null) {
            ask = ask.asked(done.askId(), done.askText());
        }
        List<IntroSlot> intros = new ArrayList<>();
        for (Seeker s : seekers) {
            if (s.person().id() != p.id() && !s.openWith().contains(p.id()) && intros.size() < SEEKERS) {
                IntroSlot slot = introSlot(p, s, f);
                if (done != null && done.personId() == p.id() && done.introId() != null
                        && Objects.equals(done.seekerId(), s.person().id())) {
                    slot = slot.proposed(done.introId());
                }
                intros.add(slot);
            }
        }
        LocalDate last = r.lastTouchOn();
        return new WhoRow(p.id(), face == null ? Avatar.of(p.id(), p.name(), false) : face,
                Marked.words(null, p.name(), Set.copyOf(nameWords)), p.why(),
                p.circles().stream().map(Person.CircleRef::name).toList(), work(p), reasons,
                last == null ? "Never in touch" : "Last spoke " + Dates.day(last, today),
                last == null ? null : last.toString(), ask, intros);
    }

    /** Someone looking for what was searched: the need it matched, and whom they have an introduction under way with. */
    private record Seeker(Person person, String need, Set<Long> openWith) {
    }

    private List<Seeker> seekers(Account account, WhoFilters f) {
        List<WhoResult> needing = who.needing(account.id(), f.q(), SEEKERS + 1);
        if (needing.isEmpty()) {
            return List.of();
        }
        Map<Long, Person> byId = People.byId(people.get(account.id(), needing.stream().map(WhoResult::personId).toList()));
        List<Seeker> seekers = new ArrayList<>();
        for (WhoResult r : needing) {
            Person p = byId.get(r.personId());
            if (p == null) {
                continue;
            }
            Set<String> words = r.why().stream().filter(m -> m.field().equals("looking for"))
                    .flatMap(m -> m.words().stream()).collect(Collectors.toSet());
            String need = p.lookingFor().stream().filter(n -> Matched.holds(n, words)).findFirst().orElse(f.topic());
            Set<Long> open = introductions.ofPerson(account.id(), p.id()).stream().filter(Introduction::open)
                    .map(i -> i.other(p.id()).id()).collect(Collectors.toSet());
            seekers.add(new Seeker(p, need, open));
        }
        return seekers;
    }

    /**
     * "Tom knows about tax, which Sam is looking for (an accountant)": worded as Kith's own
     * suggested introductions are.
     */
    private static IntroSlot introSlot(Person knower, Seeker s, WhoFilters f) {
        String topic = f.topic();
        String reason = Messages.firstName(knower.name()) + " knows about " + topic + ", which "
                + Messages.firstName(s.person().name()) + " is looking for"
                + (s.need().equalsIgnoreCase(topic) ? "" : " (" + s.need() + ")");
        return new IntroSlot(knower.id(), s.person().id(), s.person().name(), s.need(), reason, null, null, f);
    }

    /** The texts of a field the person's record does not hold: their touchpoint notes, asks, introductions. */
    private List<String> logged(Account account, long personId, String field, LocalDate today) {
        return switch (field) {
            case "touchpoints" -> touchpoints.ofPerson(account.id(), personId, 200, 0).stream()
                    .map(Touchpoint::note).filter(Objects::nonNull).toList();
            case "asks" -> asks.list(account, null, null, personId, today).stream().map(Ask::text).toList();
            case "introductions" -> introductions.ofPerson(account.id(), personId).stream()
                    .map(Introduction::reason).toList();
            default -> List.of();
        };
    }

    /** "Role, Company", either alone, or nothing. */
    private static String work(Person p) {
        return p.role() != null && p.company() != null ? p.role() + ", " + p.company()
                : p.role() != null ? p.role() : p.company();
    }

    /** Searches to try, made of the topics the account's people have most (a few examples when they have none). */
    private List<WhoView.Example> examples(Account account) {
        Map<String, Long> counts = people.list(account.id(), new PeopleQuery(null, null, false, null,
                        PeopleQuery.Sort.RECENT_TOUCH, 300, 0), account.today(clock)).people().stream()
                .flatMap(p -> p.topics().stream()).filter(t -> t.length() <= 40)
                .collect(Collectors.groupingBy(t -> t, LinkedHashMap::new, Collectors.counting()));
        List<String> topics = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).limit(3).toList();
        return (topics.isEmpty() ? EXAMPLES : topics).stream()
                .map(t -> new WhoView.Example(t, "/who?q=" + WhoFilters.encode(t))).toList();
    }

    private static List<WhoView.Choice> circleChoices(List<Circle> all, WhoFilters f) {
        List<WhoView.Choice> choices = new ArrayList<>();
        choices.add(new WhoView.Choice("", "All circles", f.circle() == null));
        all.stream().sorted(Comparator.comparing(Circle::name)).forEach(c -> choices.add(
                new WhoView.Choice(String.valueOf(c.id()), c.name(), Long.valueOf(c.id()).equals(f.circle()))));
        return choices;
    }

    private static List<WhoView.Choice> reasonChoices(WhoFilters f) {
        return List.of(new WhoView.Choice("", "Anyone", f.why().isBlank()),
                new WhoView.Choice("awesome", "Awesome", f.why().equals("awesome")),
                new WhoView.Choice("connector", "Connector", f.why().equals("connector")));
    }

    /** What an action just did, carried to the page when it came back without JavaScript. */
    record Done(long personId, Long askId, String askText, Long seekerId, Long introId, String notice) implements java.io.Serializable {
    }

    /** The slot of one introduction, rebuilt from what its form carried. */
    static IntroSlot introSlot(long personId, long seekerId, String seekerName, String need, String reason, WhoFilters f) {
        return new IntroSlot(personId, seekerId, seekerName, need, reason, null, null, f);
    }
}
