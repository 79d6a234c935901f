package app.kith.reminder;

import app.kith.Checks;
import app.kith.Fields;
import app.kith.Invalid;
import app.kith.NotFound;
import app.kith.person.People;
import app.kith.planner.DatedItems;
import app.kith.touchpoint.Touchpoints;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Key dates: the dates that matter about a person besides the birthday (a work anniversary, a
 * child's birthday, "moved to Berlin"), yearly or once, each a reason on Today on its day (see
 * {@link KeyDateItems}).
 */
public class KeyDates {

    static final int MAX_LABEL = 200;

    private final KeyDateRepository dates;
    private final People people;
    private final TransactionOperations tx;
    private final Clock clock;
    private final KeyDateItems items;

    public KeyDates(JdbcClient jdbc, TransactionOperations tx, Clock clock, People people, Touchpoints touchpoints) {
        this.dates = new KeyDateRepository(jdbc);
        this.people = people;
        this.tx = tx;
        this.clock = clock;
        this.items = new KeyDateItems(dates, touchpoints);
    }

    /** The key dates on Today, for the planner. */
    public DatedItems items() {
        return items;
    }

    public KeyDate add(long accountId, NewKeyDate d) {
        check(d);
        return tx.execute(s -> {
            people.get(accountId, d.personId());
            long id = dates.insert(accountId, d.personId(), d.label().strip(), d.on(), d.yearly(), clock.millis());
            return dates.ofPerson(accountId, d.personId()).stream().filter(k -> k.id() == id).findFirst().orElseThrow();
        });
    }

    /** Checks a key date as {@link #add} does, saying everything wrong at once; writes nothing. */
    public void check(NewKeyDate d) {
        Checks checks = new Checks();
        checks.run(() -> Fields.required("label", d.label(), MAX_LABEL));
        checks.run(() -> {
            if (d.on() == null) {
                throw new Invalid("on", "on is required: the date, like 2019-04-01");
            }
            Fields.day("on", d.on());
        });
        checks.done();
    }

    /** A person's key dates, in the order of the year. */
    public List<KeyDate> of(long accountId, long personId) {
        people.get(accountId, personId);
        return dates.ofPerson(accountId, personId);
    }

    /** Every key date of the account's people, in the order they were added: for an export. */
    public List<KeyDate> all(long accountId) {
        return dates.all(accountId);
    }

    public void delete(long accountId, long personId, long id) {
        if (!dates.delete(accountId, personId, id)) {
            throw new NotFound("No key date " + id + " of person " + personId);
        }
    }

    /** How many key dates {@link #reassign(long, long, long)} would move from one person to another. */
    public int countOf(long accountId, long fromPersonId, long toPersonId) {
        return dates.idsNotAlsoOf(accountId, fromPersonId, toPersonId).size();
    }

    /**
     * The key dates of {@code from} become {@code to}'s (a merge of two people): the caller checks
     * both people are the account's. One that {@code to} has already (same label, same date) is not
     * moved but left with {@code from}, so it is neither on Today twice nor lost: an undone merge
     * finds it where it was. Returns the ids moved, so that
     * {@link #reassign(long, Collection, long, long)} can move them back.
     */
    public List<Long> reassign(long accountId, long fromPersonId, long toPersonId) {
        return tx.execute(s -> {
            List<Long> ids = dates.idsNotAlsoOf(accountId, fromPersonId, toPersonId);
            dates.reassign(accountId, ids, fromPersonId, toPersonId);
            return ids;
        });
    }

    /** Moves exactly these key dates back (an undone merge); one no longer of {@code from} stays where it is. */
    public void reassign(long accountId, Collection<Long> keyDateIds, long fromPersonId, long toPersonId) {
        dates.reassign(accountId, keyDateIds, fromPersonId, toPersonId);
    }
}
