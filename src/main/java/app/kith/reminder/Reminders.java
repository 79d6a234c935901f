package app.kith.reminder;

import app.kith.Checks;
import app.kith.Fields;
import app.kith.Invalid;
import app.kith.NotFound;
import app.kith.person.People;
import app.kith.planner.DatedItems;
import app.kith.touchpoint.Touchpoints;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Reminders: "remind me about Ada on 24 December: send her the article". A reminder comes back on
 * Today on its day and stays until a touchpoint with the person deals with it (see
 * {@link ReminderItems}); deleting it takes it off.
 */
public class Reminders {

    static final int MAX_TEXT = 500;

    private final ReminderRepository reminders;
    private final People people;
    private final TransactionOperations tx;
    private final Clock clock;
    private final ReminderItems items;

    public Reminders(JdbcClient jdbc, TransactionOperations tx, Clock clock, People people, Touchpoints touchpoints) {
        this.reminders = new ReminderRepository(jdbc);
        this.people = people;
        this.tx = tx;
        this.clock = clock;
        this.items = new ReminderItems(reminders, touchpoints);
    }

    /** The reminders on Today, for the planner. */
    public DatedItems items() {
        return items;
    }

    /** A reminder about a person on a day: today (the account's, {@code today}) or later, with a text. */
    public Reminder remind(long accountId, long personId, LocalDate on, String text, LocalDate today) {
        check(on, text, today);
        return tx.execute(s -> {
            people.get(accountId, personId);
            long id = reminders.insert(accountId, personId, (int) on.toEpochDay(), text.strip(), clock.millis());
            return get(accountId, id);
        });
    }

    /** Checks a reminder as {@link #remind} does, saying everything wrong at once; writes nothing. */
    public void check(LocalDate on, String text, LocalDate today) {
        Checks checks = new Checks();
        checks.run(() -> Fields.required("text", text, MAX_TEXT));
        checks.run(() -> onOrAfter(on, today));
        checks.done();
    }

    private static void onOrAfter(LocalDate on, LocalDate today) {
        if (on == null) {
            throw new Invalid("on", "on is required: the day to be reminded, like " + today.plusDays(1));
        }
        Fields.day("on", on);
        if (on.isBefore(today)) {
            throw new Invalid("on", "on " + on + " is before today (" + today + "); a reminder is for today or a day ahead");
        }
    }

    public Reminder get(long accountId, long id) {
        return reminders.byId(accountId, id).stream().map(ReminderRepository.Due::reminder).findFirst()
                .orElseThrow(() -> new NotFound("No reminder " + id));
    }

    /** The reminders not dealt with yet, soonest first: those still ahead and those waiting on Today. */
    public List<Reminder> upcoming(long accountId, LocalDate today) {
        return reminders.upcoming(accountId, null, (int) today.toEpochDay()).stream()
                .map(ReminderRepository.Due::reminder).toList();
    }

    /** A person's reminders not dealt with yet, soonest first. */
    public List<Reminder> upcoming(long accountId, long personId, LocalDate today) {
        people.get(accountId, personId);
        return reminders.upcoming(accountId, personId, (int) today.toEpochDay()).stream()
                .map(ReminderRepository.Due::reminder).toList();
    }

    /** Every reminder of the account's people, dealt with or not, in the order they were made: for an export. */
    public List<Reminder> all(long accountId) {
        return reminders.all(accountId).stream().map(ReminderRepository.Due::reminder).toList();
    }

    /**
     * A reminder as it was (a restored export): unlike {@link #remind}, its day may be past, since
     * a reminder waiting on Today is one. The person must be the account's.
     */
    public long restore(long accountId, long personId, LocalDate on, String text) {
        Checks checks = new Checks();
        checks.run(() -> Fields.required("text", text, MAX_TEXT));
        checks.run(() -> {
            if (on == null) {
                throw new Invalid("on", "on is required: the day of the reminder");
            }
            Fields.day("on", on);
        });
        checks.done();
        return tx.execute(s -> {
            people.get(accountId, personId);
            return reminders.insert(accountId, personId, (int) on.toEpochDay(), text.strip(), clock.millis());
        });
    }

    /** Deletes a reminder: it leaves Today at once. */
    public Reminder delete(long accountId, long id) {
        return tx.execute(s -> {
            Reminder reminder = get(accountId, id);
            reminders.delete(accountId, id);
            return reminder;
        });
    }

    /** How many reminders a person has, dealt with or not: what {@link #reassign(long, long, long)} would move. */
    public int countOf(long accountId, long personId) {
        return reminders.idsOf(accountId, personId).size();
    }

    /**
     * Every reminder of {@code from}, dealt with or not, becomes {@code to}'s (a merge of two people):
     * the caller checks both people are the account's. Returns the ids moved, so that
     * {@link #reassign(long, Collection, long, long)} can move them back.
     */
    public List<Long> reassign(long accountId, long fromPersonId, long toPersonId) {
        return tx.execute(s -> {
            List<Long> ids = reminders.idsOf(accountId, fromPersonId);
            reminders.reassign(accountId, ids, fromPersonId, toPersonId);
            return ids;
        });
    }

    /** Moves exactly these reminders back (an undone merge); one no longer of {@code from} stays where it is. */
    public void reassign(long accountId, Collection<Long> reminderIds, long fromPersonId, long toPersonId) {
        reminders.reassign(accountId, reminderIds, fromPersonId, toPersonId);
    }
}
