package app.kith.person;

import app.kith.Checks;
import app.kith.Fields;
import app.kith.Invalid;
import app.kith.NotFound;
import app.kith.audit.Audit;
import app.kith.audit.AuditKind;
import app.kith.circle.Circle;
import app.kith.circle.Circles;
import app.kith.search.Who;
import app.kith.search.WhoResult;
import app.kith.touchpoint.Channel;
import app.kith.touchpoint.Direction;
import app.kith.touchpoint.NewTouchpoint;
import app.kith.touchpoint.Touchpoints;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The people themselves: added, read, listed, changed, deleted and restored. Their clocks are
 * {@link Clocks}'s, and who is who is {@link Identities}'s.
 */
public class People {

    public static final int MAX_PAGE = 1_000;
    /** The longest text a search looks for. */
    public static final int MAX_QUERY = 200;

    private final PersonRepository people;
    private final PersonViews views;
    private final ListingRepository listing;
    private final Knowers knowers;
    private final Finding finding;
    private final Who who;
    private final Clocks clocks;
    private final Circles circles;
    private final Touchpoints touchpoints;
    private final TransactionOperations tx;
    private final Clock clock;
    private final Audit audit;

    public People(JdbcTemplate jdbc, TransactionOperations tx, Clock clock, Circles circles, Touchpoints touchpoints,
                  Clocks clocks, Who who, Audit audit) {
        this.people = new PersonRepository(jdbc);
        this.views = new PersonViews(people, circles);
        this.listing = new ListingRepository(jdbc);
        this.knowers = new Knowers(who, views);
        this.finding = new Finding(listing, who);
        this.who = who;
        this.clocks = clocks;
        this.circles = circles;
        this.touchpoints = touchpoints;
        this.tx = tx;
        this.clock = clock;
        this.audit = audit;
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Adds a person and, when {@code lastTouchOn} is given, the day you were last in touch as
     * their first touchpoint, both or neither. How that contact happened is not known: it is
     * logged as {@code other} and {@code mutual}, so it counts for neither side's reaching out.
     */
    public Person add(long accountId, PersonDraft draft, LocalDate today, LocalDate lastTouchOn) {
        if (lastTouchOn == null) {
            return add(accountId, draft, today);
        }
        Checks checks = new Checks();
        checks.run(() -> CleanPerson.of(draft));
        checks.run(() -> Fields.happened("lastTouchOn", lastTouchOn, today));
        checks.done();
        return tx.execute(s -> {
            long id = add(accountId, draft, today).id();
            touchpoints.log(accountId, new NewTouchpoint(id, lastTouchOn, Channel.OTHER.key(), Direction.MUTUAL.key(), null),
                    today);
            return get(accountId, id);
        });
    }

    /** Checks a draft as {@link #add} and {@link #update} do, every field at once, and writes nothing. */
    public void check(PersonDraft draft) {
        CleanPerson.of(draft);
    }

    public Person add(long accountId, PersonDraft draft, LocalDate today) {
        CleanPerson p = CleanPerson.of(draft);
        return tx.execute(s -> {
            List<Circle> inCircles = circles.forAssignment(accountId, p.circles());
            int started = (int) (p.startedOn() == null ? today : p.startedOn()).toEpochDay();
            long id = people.insert(accountId, p, started, (int) today.toEpochDay(), clock.millis());
            people.replaceLists(accountId, id, p);
            circles.assign(accountId, id, inCircles);
            clocks.setRhythm(accountId, id, p.ownRhythmDays(), inCircles);
            return get(accountId, id);
        });
    }

    /** Replaces everything the user said about a person; their touchpoints and clock start stay. */
    public Person update(long accountId, long id, PersonDraft draft) {
        CleanPerson p = CleanPerson.of(draft);
        return tx.execute(s -> {
            get(accountId, id);
            List<Circle> inCircles = circles.forAssignment(accountId, p.circles());
            people.update(accountId, id, p, clock.millis());
            people.replaceLists(accountId, id, p);
            circles.assign(accountId, id, inCircles);
            clocks.setRhythm(accountId, id, p.ownRhythmDays(), inCircles);
            return get(accountId, id);
        });
    }

    /**
     * Many people at once, for demo data and imports: validated first, then written in batches in
     * the caller's transaction. Returns their ids in order.
     */
    public List<Long> addAll(long accountId, List<PersonDraft> drafts, LocalDate today) {
        return addAll(accountId, drafts, today, null);
    }

    /**
     * The same, with the clocks started so that each person on a rhythm first falls due when
     * {@code firstDue} says (from {@code today}); those without a rhythm start today. The drafts'
     * own {@code startedOn} is not used: the day you connected is no contact. Null: as above.
     */
    public List<Long> addAll(long accountId, List<PersonDraft> drafts, LocalDate today, FirstDue firstDue) {
        List<CleanPerson> clean = drafts.stream().map(CleanPerson::of).toList();
        long before = people.maxId(accountId);
        Map<String, Circle> circleByName = new HashMap<>();
        List<Integer> rhythmOf = new ArrayList<>(clean.size());
        int[] started = new int[clean.size()];
        int day = (int) today.toEpochDay();
        for (int i = 0; i < clean.size(); i++) {
            CleanPerson p = clean.get(i);
            for (String name : p.circles()) {
                circleByName.computeIfAbsent(key(name), k -> circles.forAssignment(accountId, List.of(name)).get(0));
            }
            Integer rhythm = Clocks.rhythmInForce(p.ownRhythmDays(), p.circles().stream().map(n -> circleByName.get(key(n))).toList());
            rhythmOf.add(rhythm);
            started[i] = firstDue == null ? (int) (p.startedOn() == null ? today : p.startedOn()).toEpochDay()
                    : rhythm == null ? day : day + firstDue.daysAfter(i, rhythm) - rhythm;
        }
        people.insertAll(accountId, clean, started, rhythmOf, day, clock.millis());
        List<Long> ids = people.idsAfter(accountId, before);
        people.insertList(PersonList.EMAILS, accountId, ids, clean.stream().map(CleanPerson::emails).toList());
        people.insertList(PersonList.PHONES, accountId, ids, clean.stream().map(CleanPerson::phones).toList());
        people.insertList(PersonList.TOPICS, accountId, ids, clean.stream().map(CleanPerson::topics).toList());
        people.insertList(PersonList.NEEDS, accountId, ids, clean.stream().map(CleanPerson::lookingFor).toList());
        Map<Long, List<Circle>> inCircles = new LinkedHashMap<>();
        for (int i = 0; i < clean.size(); i++) {
            inCircles.put(ids.get(i), clean.get(i).circles().stream().map(n -> circleByName.get(key(n))).toList());
        }
        circles.assignNew(accountId, inCircles);
        return ids;
    }

    public Person get(long accountId, long id) {
        return views.get(accountId, id);
    }

    public List<Person> get(long accountId, Collection<Long> ids) {
        return views.get(accountId, ids);
    }

    /**
     * Everyone by name, or the people a text finds, best first, as the who-knows engine finds it:
     * those whose name begins with what is typed ("Pri" is Priya), then who knows about it (a
     * stemmed full-text match: "accountant" finds the accounting professor), then those whose
     * company, role, location, email or topics begin with it; a name with a typo when nothing else
     * matches. At most {@link Who#MAX_FOUND} are found, so a page beyond them is empty.
     */
    public List<Person> search(long accountId, String query, int limit, int offset) {
        checkPage(limit, offset);
        if (query == null || query.isBlank()) {
            return views.of(accountId, people.all(accountId, limit, offset));
        }
        List<Long> ids = who.find(accountId, query.strip(), (int) Math.min(Who.MAX_FOUND, (long) offset + limit));
        return offset >= ids.size() ? List.of() : inOrder(accountId, ids.subList(offset, Math.min(ids.size(), offset + limit)));
    }

    /**
     * One page of the People list and how many match in all. "Due" means due on or before
     * {@code today}, the account's day. With text, the people are found as {@link #search} finds
     * them, best match first unless another order is asked for, and each on the page comes with
     * why they matched.
     */
    public FoundPeople list(long accountId, PeopleQuery query, LocalDate today) {
        checkPage(query.limit(), query.offset());
        String text = Fields.optional("text", query.text(), MAX_QUERY);
        PeopleQuery.Sort sort = query.sort() != null ? query.sort()
                : text != null ? PeopleQuery.Sort.RELEVANCE : PeopleQuery.Sort.DUE;
        PeopleQuery q = query.withText(text).sortedBy(sort);
        int day = (int) today.toEpochDay();
        if (text == null) {
            int total = listing.count(accountId, q, day);
            List<Long> ids = q.offset() >= total ? List.of() : listing.page(accountId, q, day);
            return new FoundPeople(inOrder(accountId, ids), total);
        }
        List<Long> all = finding.ids(accountId, q, day);
        List<Long> ids = q.offset() >= all.size() ? List.of()
                : all.subList(q.offset(), Math.min(all.size(), q.offset() + q.limit()));
        Map<Long, List<WhoResult.Match>> why = who.why(accountId, text, ids);
        return new FoundPeople(inOrder(accountId, ids), all.size(), why);
    }

    /** These people, in the order of the ids, leaving out any that are gone. */
    private List<Person> inOrder(long accountId, List<Long> ids) {
        Map<Long, Person> byId = byId(get(accountId, ids));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private static void checkPage(int limit, int offset) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new Invalid("limit", "limit must be between 1 and " + MAX_PAGE);
        }
        if (offset < 0) {
            throw new Invalid("offset", "offset must not be negative");
        }
    }

    /** Everyone, by name, in pages so that 30,000 people never sit in memory at once. */
    public void forEach(long accountId, String query, Consumer<Person> action) {
        int offset = 0;
        List<Person> page;
        do {
            page = search(accountId, query, MAX_PAGE, offset);
            page.forEach(action);
            offset += page.size();
        } while (page.size() == MAX_PAGE);
    }

    /**
     * Who knows about what a person is looking for, as the who-knows engine finds it for each of
     * their needs (stemmed: "an accountant" finds the accounting professor), counting only a match
     * in what someone knows or does (their topics or role): the most needs met first, then the
     * best match; never the person themselves, the deleted, nor {@code except}.
     */
    public List<Knower> whoKnows(long accountId, long personId, Collection<Long> except, int limit) {
        Person seeker = get(accountId, personId);
        return knowers.of(accountId, seeker, except, limit);
    }

    public int count(long accountId) {
        return people.count(accountId);
    }

    /** The names of these people; a deleted person has none, so whatever is about them stays out of sight. */
    public Map<Long, String> names(long accountId, Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : people.names(accountId, ids);
    }

    /**
     * Deletes a person softly: they vanish from every list and Today at once, and {@link #restore}
     * brings them back with everything for {@link #RESTORABLE_FOR}; after that they are purged.
     */
    public void delete(long accountId, long id) {
        tx.executeWithoutResult(s -> {
            deleteMerged(accountId, id);
            audit.record(accountId, AuditKind.DELETED, "deleted 1 person");
        });
    }

    /** Deletes as {@link #delete} does, for a merge, which writes its own line in the audit log. */
    public void deleteMerged(long accountId, long id) {
        if (!people.softDelete(accountId, id, clock.millis())) {
            throw new NotFound("No person " + id);
        }
    }

    /** A person's row stays this long after a delete, so it can be undone. */
    public static final Duration RESTORABLE_FOR = Duration.ofDays(30);

    /**
     * Undoes a delete made less than {@link #RESTORABLE_FOR} ago: the person comes back with their
     * touchpoints, circles and clock. Their rhythm is worked out again, since their circles may
     * have changed meanwhile. Restoring someone who is not deleted changes nothing (an undo clicked
     * twice); anyone else is NotFound.
     */
    public Person restore(long accountId, long id) {
        return tx.execute(s -> {
            if (people.find(accountId, id).isEmpty()) {
                restoreMerged(accountId, id);
                audit.record(accountId, AuditKind.RESTORED, "restored 1 person");
            }
            return get(accountId, id);
        });
    }

    /** Restores as {@link #restore} does, for an undone merge, which writes its own line in the audit log. */
    public Person restoreMerged(long accountId, long id) {
        return tx.execute(s -> {
            if (people.find(accountId, id).isEmpty()
                    && !people.undelete(accountId, id, clock.instant().minus(RESTORABLE_FOR).toEpochMilli())) {
                throw new NotFound("No person " + id + " to restore");
            }
            clocks.refreshRhythms(accountId, List.of(id));
            return get(accountId, id);
        });
    }

    /** Someone deleted recently enough to be restored, for an undo offer. */
    public Optional<DeletedPerson> recentlyDeleted(long accountId, long id) {
        return people.deleted(accountId, id, clock.instant().minus(RESTORABLE_FOR).toEpochMilli());
    }

    /** The account's people deleted recently enough to be restored, the latest first (the trash). */
    public List<DeletedPerson> deleted(long accountId) {
        return people.deletedSince(accountId, clock.instant().minus(RESTORABLE_FOR).toEpochMilli());
    }

    /**
     * Really deletes, in every account, the people deleted before an instant; their touchpoints,
     * emails, phones, topics and memberships go with them (the schema cascades). Returns how many.
     */
    public int purgeDeleted(Instant before) {
        return people.purgeDeletedBefore(before.toEpochMilli());
    }

    /**
     * Deletes these people for good, at once and without a trash: what an import wrote, taken
     * back. Their touchpoints, asks, introductions and memberships go with them (the schema
     * cascades). Returns how many there were.
     */
    public int erase(long accountId, Collection<Long> ids) {
        return people.erase(accountId, ids);
    }

    /** Ids to people, keeping the ids' order. */
    public static Map<Long, Person> byId(List<Person> list) {
        return list.stream().collect(Collectors.toMap(Person::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
