package app.kith.dupes;

import app.kith.Conflict;
import app.kith.Fields;
import app.kith.Invalid;
import app.kith.NotFound;
import app.kith.ask.Asks;
import app.kith.audit.Audit;
import app.kith.audit.AuditKind;
import app.kith.intro.Introductions;
import app.kith.person.Clocks;
import app.kith.person.Identities;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.person.Photos;
import app.kith.reminder.KeyDates;
import app.kith.reminder.Reminders;
import app.kith.touchpoint.Touchpoints;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;
import tools.jackson.databind.json.JsonMapper;

/**
 * People entered twice (an import beside a hand-made card, a LinkedIn export beside a phone's
 * contacts): found with the reasons shown, merged into one without losing anything, and the merge
 * undone for as long as a delete can be ({@link People#RESTORABLE_FOR}). The rows of other features
 * that name a person move through those features' facades, in the merge's transaction.
 */
public class Duplicates {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MergeRepository merges;
    private final DismissedRepository dismissed;
    private final People people;
    private final Identities identities;
    private final Clocks clocks;
    private final Photos photos;
    private final Touchpoints touchpoints;
    private final Asks asks;
    private final Introductions introductions;
    private final Reminders reminders;
    private final KeyDates keyDates;
    private final TransactionOperations tx;
    private final Clock clock;
    private final Audit audit;

    public Duplicates(JdbcClient jdbc, TransactionOperations tx, Clock clock, People people, Identities identities,
                      Clocks clocks, Photos photos, Touchpoints touchpoints, Asks asks, Introductions introductions,
                      Reminders reminders, KeyDates keyDates, Audit audit) {
        this.merges = new MergeRepository(jdbc);
        this.dismissed = new DismissedRepository(jdbc);
        this.people = people;
        this.identities = identities;
        this.clocks = clocks;
        this.photos = photos;
        this.touchpoints = touchpoints;
        this.asks = asks;
        this.introductions = introductions;
        this.reminders = reminders;
        this.keyDates = keyDates;
        this.tx = tx;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Pairs of living people likely to be one, the most reasons first, then in the order they were
     * added; never a pair the user said is two people ({@link #dismiss}).
     */
    public List<Duplicate> duplicates(long accountId) {
        Map<Finder.Pair, Set<String>> found = Finder.find(identities.sharedIdentities(accountId), identities.nameCards(accountId));
        found.keySet().removeAll(dismissed.all(accountId));
        List<Long> ids = found.keySet().stream().flatMap(p -> Stream.of(p.a(), p.b())).distinct().toList();
        Map<Long, Person> byId = People.byId(people.get(accountId, ids));
        Map<Long, Integer> history = touchpoints.countsOf(accountId, ids);
        List<Duplicate> result = new ArrayList<>();
        found.forEach((pair, reasons) -> {
            Person a = byId.get(pair.a());
            Person b = byId.get(pair.b());
            if (a != null && b != null) {
                Duplicate d = new Duplicate(a, b, reasons.stream().map(r -> Reasons.words(r, a)).toList(),
                        history.get(a.id()), history.get(b.id()));
                result.add(d.touchpointsB() > d.touchpointsA() ? d.swapped() : d);
            }
        });
        result.sort(Comparator.comparingInt((Duplicate d) -> -d.reasons().size()));
        return result;
    }

    /**
     * The user says two people are not one: the pair is never suggested again, here or by
     * {@code kith dupes}, until {@link #undismiss}. Both must be the account's; dismissing a pair
     * twice changes nothing.
     */
    public void dismiss(long accountId, long x, long y) {
        tx.executeWithoutResult(s -> dismissed.insert(accountId, pair(accountId, x, y), clock.millis()));
    }

    /** Takes back {@link #dismiss}: the pair may be suggested again. */
    public void undismiss(long accountId, long x, long y) {
        tx.executeWithoutResult(s -> dismissed.delete(accountId, pair(accountId, x, y)));
    }

    private Finder.Pair pair(long accountId, long x, long y) {
        Person first = people.get(accountId, x);
        people.get(accountId, y);
        if (x == y) {
            throw new Invalid("otherId", first.name() + " is one person already");
        }
        return Finder.Pair.of(x, y);
    }

    /** What {@link #merge} would do, changing nothing; refused for the same reasons. */
    public MergePreview preview(long accountId, long keepId, long otherId) {
        Person keep = people.get(accountId, keepId);
        Person other = checked(accountId, keep, otherId);
        return new MergePreview(keep, other, Merging.draft(keep, other), touchpoints.countOf(accountId, otherId),
                asks.countOf(accountId, otherId), introductions.countOf(accountId, otherId),
                reminders.countOf(accountId, otherId), keyDates.countOf(accountId, otherId, keepId));
    }

    /**
     * Merges {@code other} into {@code keep} in one transaction: keep gets every list of both and
     * fills their empty fields from other's; other's touchpoints, asks, introductions, reminders and
     * key dates become keep's (but for a key date keep has already, see {@link KeyDates#reassign(long,
     * long, long)}); other is deleted. Undone by {@link #unmerge} within {@link People#RESTORABLE_FOR}.
     */
    public Person merge(long accountId, long keepId, long otherId, LocalDate today) {
        Fields.day("today", today);
        return tx.execute(s -> {
            Person keep = people.get(accountId, keepId);
            Person other = checked(accountId, keep, otherId);
            people.update(accountId, keepId, Merging.draft(keep, other));
            Moved moved = new Moved(touchpoints.reassign(accountId, otherId, keepId),
                    asks.reassign(accountId, otherId, keepId), introductions.reassign(accountId, otherId, keepId),
                    reminders.reassign(accountId, otherId, keepId), keyDates.reassign(accountId, otherId, keepId));
            // The kept person shows the other's photo when they have none; an undo takes it away again.
            boolean photoCopied = photos.of(accountId, otherId).map(p -> photos.putIfNone(accountId, keepId, p))
                    .orElse(false);
            merges.insert(accountId, keepId, otherId, keep.name(), other.name(), JSON.writeValueAsString(keep.toDraft()),
                    moved, photoCopied, clock.millis());
            people.deleteMerged(accountId, otherId);
            clocks.recomputeClocks(accountId, List.of(keepId));
            audit.record(accountId, AuditKind.MERGED, "merged 2 people into 1");
            return people.get(accountId, keepId);
        });
    }

    private Person checked(long accountId, Person keep, long otherId) {
        if (keep.id() == otherId) {
            throw new Invalid("otherId", keep.name() + " cannot be merged with themselves");
        }
        Person other = people.get(accountId, otherId);
        List<Long> between = introductions.between(accountId, keep.id(), otherId);
        if (!between.isEmpty()) {
            throw new Conflict("otherId", keep.name() + " and " + other.name() + " have an introduction to each other (#"
                    + between.get(0) + "), which needs two people: they cannot be merged");
        }
        return other;
    }

    /**
     * Undoes a merge: the kept person as they were before it, the moved rows back with the merged
     * person, who is restored. NotFound once the merge is older than {@link People#RESTORABLE_FOR};
     * a Conflict while a later merge of either person stands, since undoing this one first would
     * lose what the later one brought.
     */
    public Person unmerge(long accountId, long mergeId) {
        return tx.execute(s -> {
            MergeRepository.Row m = merges.find(accountId, mergeId, since())
                    .orElseThrow(() -> new NotFound("No merge " + mergeId + " to undo"));
            merges.laterOf(accountId, m).ifPresent(later -> {
                throw new Conflict("mergeId", m.keptName() + " was merged again since (merge " + later
                        + "); undo that merge first");
            });
            people.restoreMerged(accountId, m.mergedId());
            touchpoints.reassign(accountId, m.moved().touchpoints(), m.keptId(), m.mergedId());
            asks.reassign(accountId, m.moved().asks(), m.keptId(), m.mergedId());
            introductions.reassign(accountId, m.moved().introductions(), m.keptId(), m.mergedId());
            reminders.reassign(accountId, m.moved().reminders(), m.keptId(), m.mergedId());
            keyDates.reassign(accountId, m.moved().keyDates(), m.keptId(), m.mergedId());
            people.update(accountId, m.keptId(), JSON.readValue(m.keptBefore(), PersonDraft.class));
            if (m.photoCopied()) {
                photos.delete(accountId, List.of(m.keptId()));
            }
            clocks.recomputeClocks(accountId, List.of(m.keptId(), m.mergedId()));
            merges.delete(accountId, mergeId);
            audit.record(accountId, AuditKind.UNMERGED, "undid a merge: 2 people again");
            return people.get(accountId, m.keptId());
        });
    }

    /** The merges that can still be undone, the latest first. */
    public List<MergeRecord> merges(long accountId) {
        return merges.since(accountId, since()).stream()
                .map(m -> new MergeRecord(m.id(), m.keptId(), m.keptName(), m.mergedId(), m.mergedName(), m.mergedAt(),
                        m.moved().touchpoints().size(), m.moved().asks().size(), m.moved().introductions().count(),
                        m.moved().reminders().size(), m.moved().keyDates().size()))
                .toList();
    }

    private long since() {
        return clock.instant().minus(People.RESTORABLE_FOR).toEpochMilli();
    }
}
