package app.kith.circle;

import app.kith.Batches;
import app.kith.Checks;
import app.kith.Conflict;
import app.kith.Events;
import app.kith.Fields;
import app.kith.Invalid;
import app.kith.NotFound;
import app.kith.db.Bin;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/** Circles: named groups of people with a default rhythm, and who is in which. */
public class Circles {

    public static final int MAX_NAME = 60;

    /** Names whose rhythm goes without saying: naming one of these makes it on first use. */
    private static final Map<String, Integer> CONVENTIONAL = Map.of(
            "weekly", 7, "fortnightly", 14, "monthly", 30, "quarterly", 90, "yearly", 365);

    private final CircleRepository circles;
    private final Bin bin;
    private final TransactionOperations tx;
    private final Events events;
    private final Clock clock;

    /**
     * The circles that are made on first use, as they are named then, with their rhythms, shortest
     * first: what a form can offer before the account has made any circle.
     */
    public static Map<String, Integer> conventional() {
        Map<String, Integer> result = new LinkedHashMap<>();
        CONVENTIONAL.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> result.put(properName(e.getKey()), e.getValue()));
        return result;
    }

    private static String properName(String name) {
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    public Circles(JdbcClient jdbc, Bin bin, TransactionOperations tx, Events events, Clock clock) {
        this.circles = new CircleRepository(jdbc);
        this.bin = bin;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** Checks a circle's name and rhythm as {@link #add} does, both at once, and writes nothing. */
    public void check(String name, Integer rhythmDays) {
        Checks checks = new Checks();
        checks.run(() -> Fields.required("name", name, MAX_NAME));
        checks.run(() -> Fields.rhythm("rhythmDays", rhythmDays));
        checks.done();
    }

    public Circle add(long accountId, String name, Integer rhythmDays) {
        check(name, rhythmDays);
        String clean = Fields.required("name", name, MAX_NAME);
        Integer rhythm = Fields.rhythm("rhythmDays", rhythmDays);
        return tx.execute(s -> {
            circles.byKey(accountId, key(clean)).ifPresent(existing -> {
                throw new Conflict("name", "A circle named " + existing.name() + " already exists"
                        + (existing.rhythmDays() == null ? "" : " (every " + existing.rhythmDays() + " days)"));
            });
            long id = circles.insert(accountId, clean, rhythm, clock.millis());
            return circles.byId(accountId, id).orElseThrow();
        });
    }

    public List<Circle> list(long accountId) {
        return circles.list(accountId);
    }

    /** The ids of the account's circles, without counting their members: what an import compares before and after. */
    public Set<Long> ids(long accountId) {
        return circles.ids(accountId);
    }

    /** How each circle keeps its rhythm on {@code today}, the account's day; circles with nobody in them are absent. */
    public Map<Long, InRhythm> inRhythm(long accountId, LocalDate today) {
        Map<Long, InRhythm> result = new LinkedHashMap<>();
        for (InRhythm r : circles.inRhythm(accountId, (int) today.toEpochDay())) {
            result.put(r.circleId(), r);
        }
        return result;
    }

    public Circle byId(long accountId, long id) {
        return circles.byId(accountId, id).orElseThrow(() -> new NotFound("No circle " + id));
    }

    public Optional<Circle> byName(long accountId, String name) {
        return name == null ? Optional.empty() : circles.byKey(accountId, key(name.strip()));
    }

    /** A circle by id or by name, as a user types it. */
    public Circle find(long accountId, String idOrName) {
        Optional<Circle> byName = byName(accountId, idOrName);
        if (byName.isPresent()) {
            return byName.get();
        }
        if (idOrName != null && idOrName.strip().matches("\\d{1,18}")) {
            return byId(accountId, Long.parseLong(idOrName.strip()));
        }
        throw new NotFound(noSuchCircle(accountId, idOrName));
    }

    public Circle change(long accountId, long circleId, CircleChange change) {
        Checks checks = new Checks();
        String name = change.name() == null ? null : checks.value(() -> Fields.required("name", change.name(), MAX_NAME));
        Integer rhythm = checks.value(() -> Fields.rhythm("rhythmDays", change.rhythmDays()));
        checks.done();
        return tx.execute(s -> {
            Circle current = byId(accountId, circleId);
            String newName = name == null ? current.name() : name;
            if (!key(newName).equals(key(current.name()))) {
                circles.byKey(accountId, key(newName)).ifPresent(other -> {
                    throw new Conflict("name", "A circle named " + other.name() + " already exists");
                });
            }
            Integer newRhythm = change.clearRhythm() ? null : rhythm == null ? current.rhythmDays() : rhythm;
            circles.update(accountId, circleId, newName, newRhythm);
            if (!java.util.Objects.equals(newRhythm, current.rhythmDays())) {
                events.publish(new RhythmsChanged(accountId, circles.members(accountId, circleId)));
            }
            return byId(accountId, circleId);
        });
    }

    /**
     * Deletes a circle into the trash, with its memberships: its members' rhythms are worked out
     * without it at once, and {@link #undelete} brings both back for 30 days.
     */
    public Circle delete(long accountId, long circleId) {
        return tx.execute(s -> {
            Circle was = byId(accountId, circleId);
            List<Long> members = circles.members(accountId, circleId);
            String label = was.name() + (members.size() == 1 ? " (1 person)" : " (" + members.size() + " people)");
            bin.put(accountId, Bin.Kind.CIRCLE, circleId, label, null, clock.millis());
            events.publish(new RhythmsChanged(accountId, members));
            return was;
        });
    }

    /**
     * Brings a circle back from the trash with its members (those not deleted for good since),
     * their rhythms following. A circle of the same name made since is a Conflict; one not in
     * this account's trash is NotFound.
     */
    public Circle undelete(long accountId, long circleId) {
        return tx.execute(s -> {
            Optional<String> key = circles.trashedKey(accountId, circleId);
            if (key.isPresent() && circles.byKey(accountId, key.get()).isPresent()) {
                throw new Conflict("name", "A circle named " + circles.byKey(accountId, key.get()).get().name()
                        + " exists now; rename it, then restore this one");
            }
            circles.forgetTrashedMembersGone(accountId, circleId);
            if (!bin.takeOut(accountId, Bin.Kind.CIRCLE, circleId)) {
                throw new NotFound("No deleted circle " + circleId);
            }
            events.publish(new RhythmsChanged(accountId, circles.members(accountId, circleId)));
            return byId(accountId, circleId);
        });
    }

    /** Deletes a circle for good, without the trash: what an import made, taken back. */
    public void erase(long accountId, long circleId) {
        tx.executeWithoutResult(s -> {
            byId(accountId, circleId);
            List<Long> members = circles.members(accountId, circleId);
            circles.delete(accountId, circleId);
            events.publish(new RhythmsChanged(accountId, members));
        });
    }

    /**
     * The circles a person is put in by name. Conventional names (Weekly, Monthly, Quarterly,
     * Yearly…) are made on first use; any other name must exist, so a typo never creates a circle.
     */
    public List<Circle> forAssignment(long accountId, Collection<String> names) {
        // Keyed like circle names, so "Monthly" and " monthly" given together are one circle.
        Map<String, Circle> result = new LinkedHashMap<>();
        for (String raw : names) {
            String name = Fields.required("circles", raw, MAX_NAME);
            if (result.containsKey(key(name))) {
                continue;
            }
            Optional<Circle> existing = circles.byKey(accountId, key(name));
            if (existing.isPresent()) {
                result.put(key(name), existing.get());
            } else if (CONVENTIONAL.containsKey(key(name))) {
                long id = circles.insert(accountId, properName(name), CONVENTIONAL.get(key(name)), clock.millis());
                result.put(key(name), circles.byId(accountId, id).orElseThrow());
            } else {
                throw new Invalid("circles", noSuchCircle(accountId, name)
                        + ". Create it first (kith circle add \"" + name + "\" --every DAYS)");
            }
        }
        return new ArrayList<>(result.values());
    }

    /** Puts a person in exactly these circles (a circle given twice counts once). */
    public void assign(long accountId, long personId, Collection<Circle> circlesOfPerson) {
        circles.replaceMemberships(accountId, personId, circlesOfPerson.stream().map(Circle::id).distinct().toList());
    }

    /**
     * Puts people just written, in no circle yet, in theirs: one batch of inserts, where
     * {@link #assign} for each would cost two statements a person (a round trip each on PostgreSQL).
     */
    public void assignNew(long accountId, Map<Long, List<Circle>> circlesOfPeople) {
        circles.insertMemberships(accountId, circlesOfPeople.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(Circle::id).distinct().map(circle -> new long[] {circle, e.getKey()}))
                .toList());
    }

    /**
     * Puts many people in a circle at once (the caller checks they are the account's living
     * people); those in it already stay as they are. Returns how many joined. A circle with a
     * rhythm changes its new members' rhythm in force ({@link RhythmsChanged}).
     */
    public int addMembers(long accountId, long circleId, Collection<Long> personIds) {
        return changeMembers(accountId, circleId, personIds, circles::addMembers);
    }

    /** Takes many people out of a circle at once; returns how many were in it. */
    public int removeMembers(long accountId, long circleId, Collection<Long> personIds) {
        return changeMembers(accountId, circleId, personIds, circles::removeMembers);
    }

    /** One membership statement per chunk of people, in one transaction; the rhythms it may change. */
    private int changeMembers(long accountId, long circleId, Collection<Long> personIds, MembersChange change) {
        return tx.execute(s -> {
            Circle circle = byId(accountId, circleId);
            int changed = 0;
            for (List<Long> chunk : Batches.of(personIds)) {
                changed += change.apply(accountId, circleId, chunk);
            }
            rhythmsMayChange(accountId, circle, personIds);
            return changed;
        });
    }

    private interface MembersChange {
        int apply(long accountId, long circleId, List<Long> personIds);
    }

    private void rhythmsMayChange(long accountId, Circle circle, Collection<Long> personIds) {
        // A circle without a rhythm is no one's shortest, so joining or leaving it changes nobody's.
        if (circle.rhythmDays() != null && !personIds.isEmpty()) {
            events.publish(new RhythmsChanged(accountId, List.copyOf(personIds)));
        }
    }

    /** Each person's circles, for views; people in no circle are absent. */
    public Map<Long, List<Circle>> circlesOf(long accountId, Collection<Long> personIds) {
        Map<Long, List<Circle>> result = new LinkedHashMap<>();
        if (personIds.isEmpty()) {
            return result;
        }
        for (List<Long> chunk : Batches.of(personIds)) {
            for (CircleRepository.Membership m : circles.memberships(accountId, chunk)) {
                result.computeIfAbsent(m.personId(), k -> new ArrayList<>())
                        .add(new Circle(m.circleId(), m.name(), m.rhythmDays(), 0));
            }
        }
        return result;
    }

    private String noSuchCircle(long accountId, String name) {
        List<String> names = circles.list(accountId).stream().map(Circle::name).toList();
        return "No circle named \"" + name + "\"" + (names.isEmpty() ? "" : " (circles: " + String.join(", ", names) + ")");
    }
}
