package app.kith.person;

import app.kith.Checks;
import app.kith.Conflict;
import app.kith.Events;
import app.kith.Fields;
import app.kith.Invalid;
import app.kith.NotFound;
import app.kith.circle.Circle;
import app.kith.circle.Circles;
import app.kith.circle.RhythmsChanged;
import app.kith.touchpoint.Channel;
import app.kith.touchpoint.Direction;
import app.kith.touchpoint.NewTouchpoint;
import app.kith.touchpoint.Direction;
import app.kith.touchpoint.TouchpointCorrected;
import app.kith.touchpoint.TouchpointLogged;
import app.kith.touchpoint.Touchpoints;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
 * People and their clocks. A person's rhythm in force is their own, else the shortest of their
 * circles'; they are due at (last touch, else the day the clock started) + rhythm.
 */
public class People {

    public static final int MAX_PAGE = 1_000;
    /** The longest text a search looks for. */
    public static final int MAX_QUERY = 200;

    private final PersonRepository people;
    private final ListingRepository listing;
    private final ClockRepository clocks;
    private final NeedRepository needs;
    private final Circles circles;
    private final Touchpoints touchpoints;
    private final TransactionOperations tx;
    private final Clock clock;
    private final org.springframework.jdbc.core.simple.JdbcClient sql;

    public People(JdbcTemplate jdbc, TransactionOperations tx, Events events, Clock clock, Circles circles,
                  Touchpoints touchpoints) {
        this.people = new PersonRepository(jdbc);
        this.listing = new ListingRepository(jdbc);
        this.clocks = new ClockRepository(jdbc);
        this.needs = new NeedRepository(jdbc);
        this.sql = org.springframework.jdbc.core.simple.JdbcClient.create(jdbc);
        this.circles = circles;
        this.touchpoints = touchpoints;
        this.tx = tx;
        this.clock = clock;
        events.on(TouchpointLogged.class, this::touched);
        events.on(TouchpointCorrected.class, e -> recomputeClocks(e.accountId(), List.of(e.personId())));
        events.on(RhythmsChanged.class, e -> refreshRhythms(e.accountId(), e.personIds()));
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
            setRhythm(accountId, id, p.ownRhythmDays(), inCircles);
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
            setRhythm(accountId, id, p.ownRhythmDays(), inCircles);
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
            Integer rhythm = rhythmInForce(p.ownRhythmDays(), p.circles().stream().map(n -> circleByName.get(key(n))).toList());
            rhythmOf.add(rhythm);
            started[i] = firstDue == null ? (int) (p.startedOn() == null ? today : p.startedOn()).toEpochDay()
                    : rhythm == null ? day : day + firstDue.daysAfter(i, rhythm) - rhythm;
        }
        people.insertAll(accountId, clean, started, day, clock.millis());
        List<Long> ids = people.idsAfter(accountId, before);
        people.insertList(PersonList.EMAILS, accountId, ids, clean.stream().map(CleanPerson::emails).toList());
        people.insertList(PersonList.PHONES, accountId, ids, clean.stream().map(CleanPerson::phones).toList());
        people.insertList(PersonList.TOPICS, accountId, ids, clean.stream().map(CleanPerson::topics).toList());
        people.insertList(PersonList.NEEDS, accountId, ids, clean.stream().map(CleanPerson::lookingFor).toList());
        Map<Long, Integer> rhythms = new LinkedHashMap<>();
        for (int i = 0; i < clean.size(); i++) {
            circles.assign(accountId, ids.get(i), clean.get(i).circles().stream().map(n -> circleByName.get(key(n))).toList());
            rhythms.put(ids.get(i), rhythmOf.get(i));
        }
        clocks.setRhythms(accountId, rhythms);
        return ids;
    }

    /**
     * What would say that this draft and someone already here are one person (see {@link
     * Identities}), after checking the draft as {@link #add} does: Invalid names the field.
     */
    public java.util.Set<String> identityKeys(PersonDraft draft) {
        return Identities.of(CleanPerson.of(draft));
    }

    /** Every identity key of the account's people, to the person it names. */
    public Map<String, Long> identityIndex(long accountId) {
        return Identities.index(sql, accountId);
    }

    /**
     * The identity keys (see {@link Identities}: {@code email:…}, {@code linkedin:…}, {@code phone:…})
     * that two or more living people share, each to those people's ids in order.
     */
    public Map<String, List<Long>> sharedIdentities(long accountId) {
        return Identities.shared(sql, accountId);
    }

    /** Every living person of the account as a name card, in the order they were added. */
    public List<NameCard> nameCards(long accountId) {
        return people.nameCards(accountId);
    }

    /** The identity key of a phone number, {@code phone:} and its digits, or null when too short to say. */
    public static String phoneKey(String number) {
        return Identities.phone(number);
    }

    /**
     * After touchpoints moved between people, or one was edited or deleted: these people's last
     * touches and due dates worked out again from the touchpoints they now have.
     */
    public void recomputeClocks(long accountId, Collection<Long> ids) {
        clocks.recomputeLastTouches(accountId, ids);
        clocks.recomputeDue(accountId, ids);
    }

    /** After touchpoints were written in bulk: every person's last touch and due date from their touchpoints. */
    public void refreshClocks(long accountId) {
        clocks.setLastTouches(accountId, touchpoints.lastTouches(accountId));
        clocks.recomputeAllDue(accountId);
    }

    public Person get(long accountId, long id) {
        return people.find(accountId, id).map(row -> view(accountId, List.of(row)).get(0))
                .orElseThrow(() -> new NotFound("No person " + id));
    }

    public List<Person> get(long accountId, Collection<Long> ids) {
        return view(accountId, people.find(accountId, ids));
    }

    /** People whose name, company, role, location, email or topic contains the query, by name. */
    public List<Person> search(long accountId, String query, int limit, int offset) {
        checkPage(limit, offset);
        return view(accountId, people.search(accountId, query, limit, offset));
    }

    /**
     * One page of the People list and how many match in all. "Due" means due on or before
     * {@code today}, the account's day.
     */
    public FoundPeople list(long accountId, PeopleQuery query, LocalDate today) {
        checkPage(query.limit(), query.offset());
        PeopleQuery q = query.withText(Fields.optional("text", query.text(), MAX_QUERY))
                .sortedBy(query.sort() == null ? PeopleQuery.Sort.DUE : query.sort());
        int day = (int) today.toEpochDay();
        int total = listing.count(accountId, q, day);
        List<Long> ids = q.offset() >= total ? List.of() : listing.page(accountId, q, day);
        Map<Long, Person> byId = byId(get(accountId, ids));
        return new FoundPeople(ids.stream().map(byId::get).filter(Objects::nonNull).toList(), total);
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
    public void forEach(long accountId, String query, java.util.function.Consumer<Person> action) {
        int offset = 0;
        List<Person> page;
        do {
            page = search(accountId, query, MAX_PAGE, offset);
            page.forEach(action);
            offset += page.size();
        } while (page.size() == MAX_PAGE);
    }

    /**
     * Who knows about what a person is looking for: the people whose topics match their needs
     * (ignoring case), the most matches first, then by name; never the person themselves, the
     * deleted, nor {@code except}.
     */
    public List<Knower> whoKnows(long accountId, long personId, Collection<Long> except, int limit) {
        people.find(accountId, personId).orElseThrow(() -> new NotFound("No person " + personId));
        return needs.whoKnows(accountId, personId, except, limit);
    }

    public int count(long accountId) {
        return people.count(accountId);
    }

    /**
     * What a typed reference points at: an id, else a name equal to it (ignoring case), else
     * names containing it.
     */
    public Match resolve(long accountId, String reference) {
        String ref = reference == null ? "" : reference.strip();
        if (ref.isEmpty()) {
            return new Match.None(ref);
        }
        if (ref.matches("\\d{1,18}")) {
            var byId = people.find(accountId, Long.parseLong(ref));
            if (byId.isPresent()) {
                return new Match.One(view(accountId, List.of(byId.get())).get(0));
            }
        }
        List<Long> ids = people.idsByName(accountId, key(ref), true, 20);
        if (ids.isEmpty()) {
            ids = people.idsByName(accountId, key(ref), false, 20);
        }
        return switch (ids.size()) {
            case 0 -> new Match.None(ref);
            case 1 -> new Match.One(get(accountId, ids.get(0)));
            default -> new Match.Many(get(accountId, ids));
        };
    }

    /**
     * The tracked people who may be on a day's plan: due by {@code lastDay}, plus everyone touched
     * on or after {@code day} (the plan looks at the day as it began, before those touches).
     */
    public List<PersonClock> clocksForPlan(long accountId, LocalDate day, LocalDate lastDay) {
        Map<Long, PersonClock> result = new LinkedHashMap<>();
        for (PersonClock c : clocks.dueBy(accountId, (int) lastDay.toEpochDay())) {
            result.put(c.personId(), c);
        }
        for (PersonClock c : clocks.touchedSince(accountId, (int) day.toEpochDay())) {
            result.putIfAbsent(c.personId(), c);
        }
        return new ArrayList<>(result.values());
    }

    /**
     * The tracked people who may have been waiting for your reply as {@code day} began: their last
     * touch started on or after {@code wroteFrom}, and as far as their clock tells, nothing of
     * yours came after it before the day. Those whose clock moved on or after the day are included
     * too; only their touchpoints can tell how the day began. A range read of the index
     * {@code person_last_in}.
     */
    public List<ReplyClock> mayAwaitReply(long accountId, LocalDate wroteFrom, LocalDate day) {
        return clocks.mayAwaitReply(accountId, (int) wroteFrom.toEpochDay(), (int) day.toEpochDay());
    }

    /** The next people to fall due after a day, soonest first (snoozed people left out). */
    public List<PersonClock> dueAfter(long accountId, LocalDate day, int limit) {
        return clocks.dueAfter(accountId, (int) day.toEpochDay(), limit);
    }

    /**
     * The people whose birthday is on a day, tracked or not; those born on 29 February have it on
     * 28 February in the years without one.
     */
    public List<BirthdayClock> birthdaysOn(long accountId, LocalDate day) {
        List<String> monthDays = new ArrayList<>(List.of(String.format(Locale.ROOT, "%02d-%02d", day.getMonthValue(),
                day.getDayOfMonth())));
        if (day.getMonthValue() == 2 && day.getDayOfMonth() == 28 && !day.isLeapYear()) {
            monthDays.add("02-29");
        }
        return clocks.bornOn(accountId, monthDays).stream().sorted(Comparator.comparingLong(BirthdayClock::personId))
                .toList();
    }

    /** The day each of these people was added (days since the epoch), for what Today may show as the day began. */
    public Map<Long, Integer> addedDays(long accountId, Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : clocks.createdDays(accountId, ids);
    }

    /** How many tracked people have each rhythm: what the rhythms ask of the daily capacity. */
    public Map<Integer, Integer> rhythmCounts(long accountId) {
        return clocks.rhythmCounts(accountId);
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
            if (people.find(accountId, id).isEmpty()
                    && !people.undelete(accountId, id, clock.instant().minus(RESTORABLE_FOR).toEpochMilli())) {
                throw new NotFound("No person " + id + " to restore");
            }
            refreshRhythms(accountId, List.of(id));
            return get(accountId, id);
        });
    }

    /** Someone deleted recently enough to be restored, for an undo offer. */
    public Optional<DeletedPerson> recentlyDeleted(long accountId, long id) {
        return people.deleted(accountId, id, clock.instant().minus(RESTORABLE_FOR).toEpochMilli());
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

    /** Hides a person from Today until a date; null wakes them now. */
    public Person snooze(long accountId, long id, LocalDate until, LocalDate today) {
        snoozeWithUndo(accountId, id, until, today);
        return get(accountId, id);
    }

    /** Snoozes as {@link #snooze} does, and returns the change so that {@link #unmark} can undo it. */
    public MarksChange snoozeWithUndo(long accountId, long id, LocalDate until, LocalDate today) {
        Fields.day("on", today);
        Fields.day("until", until);
        if (until != null && !until.isAfter(today)) {
            throw new Invalid("until", "snooze until a day after " + today + ", not " + until);
        }
        return mark(accountId, id, was -> {
            // A person already snoozed keeps the day the snooze began, so the plan for today still
            // sees them as hidden this morning and extending a snooze never pulls them back in.
            boolean stillSnoozed = was.snoozedUntil() != null && was.snoozedUntil().isAfter(today) && was.snoozedOn() != null;
            int day = (int) (stillSnoozed ? was.snoozedOn() : today).toEpochDay();
            clocks.snooze(accountId, id, day, until == null ? null : (int) until.toEpochDay());
        });
    }

    /** Skips a person for today: they stay checked off on today's list and come back tomorrow. */
    public Person skip(long accountId, long id, LocalDate today) {
        skipWithUndo(accountId, id, today);
        return get(accountId, id);
    }

    /** Skips as {@link #skip} does, and returns the change so that {@link #unmark} can undo it. */
    public MarksChange skipWithUndo(long accountId, long id, LocalDate today) {
        Fields.day("on", today);
        return mark(accountId, id, was -> clocks.skip(accountId, id, (int) today.toEpochDay()));
    }

    /**
     * Undoes a skip or a snooze: the person's marks go back to what they were before it, the
     * previous skip or snooze included. Marks changed since (skipped or snoozed again, woken) are
     * a Conflict, and nothing changes.
     */
    public Person unmark(long accountId, MarksChange change) {
        return tx.execute(s -> {
            long id = change.personId();
            Marks now = clocks.marks(accountId, id).orElseThrow(() -> new NotFound("No person " + id));
            if (!now.equals(change.after())) {
                throw new Conflict("undo", get(accountId, id).name() + (now.snoozedUntil() != null
                        ? " is snoozed until " + now.snoozedUntil() : now.skippedOn() != null
                        ? " was skipped on " + now.skippedOn() : " was woken") + " since; nothing changed");
            }
            clocks.setMarks(accountId, id, change.before());
            return get(accountId, id);
        });
    }

    private MarksChange mark(long accountId, long id, Consumer<Marks> write) {
        return tx.execute(s -> {
            Marks before = clocks.marks(accountId, id).orElseThrow(() -> new NotFound("No person " + id));
            write.accept(before);
            return new MarksChange(id, before, clocks.marks(accountId, id).orElseThrow());
        });
    }

    private void touched(TouchpointLogged e) {
        clocks.touched(e.accountId(), e.personId(), (int) e.on().toEpochDay(), e.direction() == Direction.IN);
    }

    /** These people's rhythm in force worked out again from their own and their circles'. */
    void refreshRhythms(long accountId, List<Long> ids) {
        Map<Long, List<Circle>> inCircles = circles.circlesOf(accountId, ids);
        Map<Long, Integer> rhythms = new HashMap<>();
        for (ClockRepository.ClockRow row : clocks.clocks(accountId, ids)) {
            Integer rhythm = rhythmInForce(row.ownRhythmDays(), inCircles.getOrDefault(row.id(), List.of()));
            if (!Objects.equals(rhythm, row.rhythmDays())) {
                rhythms.put(row.id(), rhythm);
            }
        }
        if (!rhythms.isEmpty()) {
            clocks.setRhythms(accountId, rhythms);
        }
    }

    private void setRhythm(long accountId, long id, Integer own, List<Circle> inCircles) {
        Map<Long, Integer> rhythm = new HashMap<>();
        rhythm.put(id, rhythmInForce(own, inCircles));
        clocks.setRhythms(accountId, rhythm);
    }

    static Integer rhythmInForce(Integer own, List<Circle> inCircles) {
        if (own != null) {
            return own;
        }
        return inCircles.stream().map(Circle::rhythmDays).filter(Objects::nonNull).min(Integer::compare).orElse(null);
    }

    private List<Person> view(long accountId, List<PersonRepository.Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(PersonRepository.Row::id).toList();
        Map<Long, List<String>> emails = people.lists(PersonList.EMAILS, accountId, ids);
        Map<Long, List<String>> phones = people.lists(PersonList.PHONES, accountId, ids);
        Map<Long, List<String>> topics = people.lists(PersonList.TOPICS, accountId, ids);
        Map<Long, List<String>> needs = people.lists(PersonList.NEEDS, accountId, ids);
        Map<Long, List<Circle>> inCircles = circles.circlesOf(accountId, ids);
        List<Person> result = new ArrayList<>(rows.size());
        for (PersonRepository.Row r : rows) {
            result.add(new Person(r.id(), r.name(), emails.getOrDefault(r.id(), List.of()),
                    phones.getOrDefault(r.id(), List.of()), r.company(), r.role(), r.location(), r.linkedinUrl(),
                    r.birthday(), r.howWeMet(), topics.getOrDefault(r.id(), List.of()), r.why(), r.notes(),
                    r.ownRhythmDays(), r.rhythmDays(),
                    inCircles.getOrDefault(r.id(), List.of()).stream()
                            .map(c -> new Person.CircleRef(c.id(), c.name(), c.rhythmDays())).toList(),
                    r.startedOn(), r.lastTouchOn(), r.dueOn(), r.snoozedUntil(), r.createdAt(), r.updatedAt(),
                    needs.getOrDefault(r.id(), List.of())));
        }
        return result;
    }

    /** Ids to people, keeping the ids' order. */
    public static Map<Long, Person> byId(List<Person> list) {
        return list.stream().collect(Collectors.toMap(Person::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
