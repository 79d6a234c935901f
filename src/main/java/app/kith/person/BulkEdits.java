package app.kith.person;

import app.kith.Fields;
import app.kith.Invalid;
import app.kith.NotFound;
import app.kith.audit.Audit;
import app.kith.audit.AuditKind;
import app.kith.circle.Circle;
import app.kith.circle.Circles;
import app.kith.search.Who;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionOperations;

/**
 * One change made to many people at once — into or out of a circle, a rhythm, why they matter, a
 * delete — for people picked by id or for everyone a People-list filter matches. Each is checked
 * first and written in one transaction, a chunk of ids per statement, so 30,000 people take
 * seconds; a bulk delete is undone as a whole.
 */
public class BulkEdits {

    /** The most ids one request may name; a filter may match any number. */
    public static final int MAX_IDS = 100_000;

    private final BulkRepository bulk;
    private final ListingRepository listing;
    private final Finding finding;
    private final Clocks clocks;
    private final Circles circles;
    private final TransactionOperations tx;
    private final Clock clock;
    private final Audit audit;

    public BulkEdits(JdbcTemplate jdbc, TransactionOperations tx, Clock clock, Clocks clocks, Circles circles, Who who,
                     Audit audit) {
        this.bulk = new BulkRepository(jdbc);
        this.listing = new ListingRepository(jdbc);
        this.finding = new Finding(listing, who);
        this.clocks = clocks;
        this.circles = circles;
        this.tx = tx;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Makes the change for the people selected. Invalid when nobody is selected or the change
     * cannot be made (an unknown circle, a rhythm out of range); NotFound when an id is not one of
     * the account's people. Nothing is written then.
     */
    public BulkResult apply(long accountId, Selection selection, BulkChange change, LocalDate today) {
        check(change);
        return tx.execute(s -> {
            List<Long> ids = select(accountId, selection, today);
            long now = clock.millis();
            int changed;
            Long batch = null;
            if (change instanceof BulkChange.AddToCircle add) {
                changed = circles.addMembers(accountId, circleToJoin(accountId, add.circle()).id(), ids);
            } else if (change instanceof BulkChange.RemoveFromCircle remove) {
                changed = circles.removeMembers(accountId, existingCircle(accountId, remove.circle()).id(), ids);
            } else if (change instanceof BulkChange.SetRhythm rhythm) {
                changed = setRhythm(accountId, ids, rhythm.days(), now);
            } else if (change instanceof BulkChange.SetWhy why) {
                changed = bulk.setWhy(accountId, ids, why.awesome(), why.connector(), now);
            } else {
                // Random, and within what a JSON number holds exactly, so any client can send it back.
                batch = ThreadLocalRandom.current().nextLong(1, 1L << 53);
                changed = bulk.softDelete(accountId, ids, now, batch);
                audit.record(accountId, AuditKind.DELETED, "deleted " + Audit.count(changed, "person", "people") + " at once");
            }
            return new BulkResult(ids.size(), changed, batch);
        });
    }

    /**
     * Undoes a bulk delete of the last {@link People#RESTORABLE_FOR}: everyone it deleted comes
     * back, their rhythm worked out again. Returns how many; 0 when there is nothing left to
     * restore (an undo clicked twice).
     */
    public int restore(long accountId, long batch) {
        long since = clock.instant().minus(People.RESTORABLE_FOR).toEpochMilli();
        return tx.execute(s -> {
            List<Long> ids = bulk.inBatch(accountId, batch, since);
            if (!ids.isEmpty()) {
                bulk.undelete(accountId, batch, since);
                clocks.refreshRhythms(accountId, ids);
                audit.record(accountId, AuditKind.RESTORED, "restored " + Audit.count(ids.size(), "person", "people")
                        + " deleted at once");
            }
            return ids.size();
        });
    }

    private static void check(BulkChange change) {
        if (change == null) {
            throw new Invalid("action", "Say what to change");
        }
        if (change instanceof BulkChange.SetRhythm rhythm) {
            Fields.rhythm("rhythmDays", rhythm.days());
        }
        if (change instanceof BulkChange.SetWhy why && why.awesome() == null && why.connector() == null) {
            throw new Invalid("why", "Say whether they are awesome or a connector (or no longer)");
        }
    }

    private List<Long> select(long accountId, Selection selection, LocalDate today) {
        if (selection instanceof Selection.Matching matching) {
            // The same people as the list shows for the query: its text found by the who-knows engine.
            PeopleQuery q = matching.query().withText(Fields.optional("text", matching.query().text(), People.MAX_QUERY))
                    .sortedBy(PeopleQuery.Sort.NAME);
            int day = (int) today.toEpochDay();
            List<Long> ids = q.text() == null ? listing.ids(accountId, q, day) : finding.ids(accountId, q, day);
            if (ids.isEmpty()) {
                throw new Invalid("filter", "Nobody matches the filter, so nobody is selected");
            }
            return ids;
        }
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(((Selection.Ids) selection).ids()));
        if (ids.isEmpty()) {
            throw new Invalid("ids", "Nobody is selected: pick people, or everyone matching a filter");
        }
        if (ids.size() > MAX_IDS) {
            throw new Invalid("ids", "At most " + MAX_IDS + " people by id at once, not " + ids.size()
                    + "; select them with a filter instead");
        }
        Set<Long> living = bulk.living(accountId, ids);
        ids.stream().filter(id -> !living.contains(id)).findFirst().ifPresent(id -> {
            throw new NotFound("No person " + id);
        });
        return ids;
    }

    private int setRhythm(long accountId, List<Long> ids, Integer days, long now) {
        if (days != null) {
            return bulk.setOwnRhythm(accountId, ids, days, now);
        }
        int changed = bulk.clearOwnRhythm(accountId, ids, now);
        clocks.refreshRhythms(accountId, ids);
        return changed;
    }

    /** A circle by name, else by id; Weekly, Monthly… are made on first use, any other name must exist. */
    private Circle circleToJoin(long accountId, String circle) {
        String name = Fields.required("circle", circle, 200);
        try {
            return circles.find(accountId, name);
        } catch (NotFound e) {
            try {
                return circles.forAssignment(accountId, List.of(name)).get(0);
            } catch (Invalid unknown) {
                throw new Invalid("circle", unknown.getMessage());
            }
        }
    }

    private Circle existingCircle(long accountId, String circle) {
        String name = Fields.required("circle", circle, 200);
        try {
            return circles.find(accountId, name);
        } catch (NotFound e) {
            throw new Invalid("circle", e.getMessage());
        }
    }
}
