package app.kith.touchpoint;

import app.kith.Conflict;
import app.kith.Events;
import app.kith.Fields;
import app.kith.Invalid;
import app.kith.NotFound;
import app.kith.db.Bin;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Touchpoints: every contact with a person. Logging one for a person the account does not have
 * (unknown, another account's, deleted) is NotFound; the schema's (account, person) foreign key
 * refuses a person of another account in bulk writes too.
 */
public class Touchpoints {

    static final int MAX_NOTE = 10_000;

    private final TouchpointRepository touchpoints;
    private final Bin bin;
    private final TransactionOperations tx;
    private final Events events;
    private final Clock clock;

    public Touchpoints(JdbcTemplate jdbc, Bin bin, TransactionOperations tx, Events events, Clock clock) {
        this.touchpoints = new TouchpointRepository(jdbc);
        this.bin = bin;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
    }

    /** Logs a contact on a day up to today ({@code on} null: today); the person's clock moves forward. */
    public Touchpoint log(long accountId, NewTouchpoint t, LocalDate today) {
        Channel channel = Channel.parse("channel", t.channel());
        Direction direction = Direction.parse("direction", t.direction());
        String note = Fields.optional("note", t.note(), MAX_NOTE);
        LocalDate on = Fields.happened("on", t.on() == null ? today : t.on(), today);
        return tx.execute(s -> {
            long now = clock.millis();
            long id = touchpoints.insert(accountId, t.personId(), (int) on.toEpochDay(), channel, direction, note, now)
                    .orElseThrow(() -> new NotFound("No person " + t.personId()));
            events.publish(new TouchpointLogged(accountId, t.personId(), id, on, direction));
            return new Touchpoint(id, t.personId(), on, channel, direction, note, java.time.Instant.ofEpochMilli(now));
        });
    }

    /** One touchpoint of the account's; another account's, or a deleted person's, is NotFound. */
    public Touchpoint get(long accountId, long id) {
        return touchpoints.find(accountId, id).orElseThrow(() -> new NotFound("No touchpoint " + id));
    }

    /**
     * Corrects a touchpoint: what the edit gives replaces what it was, checked as when logging
     * (nothing after today). The person's clock is worked out again, back or forward.
     */
    public Touchpoint edit(long accountId, long id, TouchpointEdit edit, LocalDate today) {
        LocalDate on = edit.on() == null ? null : Fields.happened("on", edit.on(), today);
        Channel channel = edit.channel() == null ? null : Channel.parse("channel", edit.channel());
        Direction direction = edit.direction() == null ? null : Direction.parse("direction", edit.direction());
        String note = edit.note() == null ? null : Fields.optional("note", edit.note(), MAX_NOTE);
        return tx.execute(s -> {
            Touchpoint was = get(accountId, id);
            Touchpoint now = new Touchpoint(id, was.personId(), on != null ? on : was.on(),
                    channel != null ? channel : was.channel(), direction != null ? direction : was.direction(),
                    edit.note() != null ? note : was.note(), was.createdAt());
            touchpoints.update(accountId, id, (int) now.on().toEpochDay(), now.channel(), now.direction(), now.note());
            events.publish(new TouchpointCorrected(accountId, was.personId()));
            return now;
        });
    }

    /**
     * Deletes a touchpoint into the trash and works the person's clock out again; {@link #undelete}
     * brings it back for 30 days, and the clock with it. Returns what it was.
     */
    public Touchpoint delete(long accountId, long id) {
        return tx.execute(s -> {
            Touchpoint was = get(accountId, id);
            bin.put(accountId, Bin.Kind.TOUCHPOINT, id, label(was), was.personId(), clock.millis());
            events.publish(new TouchpointCorrected(accountId, was.personId()));
            return was;
        });
    }

    /** Brings a touchpoint back from the trash, the person's clock following; else NotFound. */
    public Touchpoint undelete(long accountId, long id) {
        return tx.execute(s -> {
            if (!bin.takeOut(accountId, Bin.Kind.TOUCHPOINT, id)) {
                throw new NotFound("No deleted touchpoint " + id);
            }
            Touchpoint back = touchpoints.find(accountId, id).orElseThrow();
            events.publish(new TouchpointCorrected(accountId, back.personId()));
            return back;
        });
    }

    /**
     * Takes a touchpoint back for good, without the trash (a log undone at once), the person's
     * clock following; returns what it was.
     */
    public Touchpoint erase(long accountId, long id) {
        return tx.execute(s -> {
            Touchpoint was = get(accountId, id);
            touchpoints.delete(accountId, id);
            events.publish(new TouchpointCorrected(accountId, was.personId()));
            return was;
        });
    }

    /** "call on 2026-12-03: lunch at Rosa's": a touchpoint in the trash's list. */
    private static String label(Touchpoint t) {
        String note = t.note() == null ? "" : ": " + (t.note().length() > 80 ? t.note().substring(0, 79) + "…" : t.note());
        return t.channel().key() + " on " + t.on() + note;
    }

    /**
     * Takes back a touchpoint just logged (Done undone on Today): deleted, the person's clock
     * worked out again. A touchpoint gone since, or moved to another person or day, is a
     * Conflict and nothing changes.
     */
    public Touchpoint unlog(long accountId, long id, long personId, LocalDate on) {
        return tx.execute(s -> {
            Touchpoint was = touchpoints.find(accountId, id).orElseThrow(() -> new Conflict("touchpoint",
                    "That touchpoint was deleted since; nothing changed"));
            if (was.personId() != personId || !was.on().equals(on)) {
                throw new Conflict("touchpoint", "That touchpoint was changed since (now " + was.on()
                        + "); nothing changed");
            }
            touchpoints.delete(accountId, id);
            events.publish(new TouchpointCorrected(accountId, personId));
            return was;
        });
    }

    /**
     * Deletes a touchpoint a step logged, if it is still there (the step taken back), the
     * person's clock following; false when it was already gone. Runs in the caller's transaction.
     */
    public boolean remove(long accountId, long id) {
        Optional<Touchpoint> was = touchpoints.find(accountId, id);
        was.ifPresent(t -> {
            touchpoints.delete(accountId, id);
            events.publish(new TouchpointCorrected(accountId, t.personId()));
        });
        return was.isPresent();
    }

    /**
     * Many touchpoints at once, without events: the caller refreshes the people's clocks after
     * (demo data, imports). Runs in the caller's transaction.
     */
    public void logAll(long accountId, List<NewTouchpoint> batch) {
        touchpoints.insertAll(accountId, batch.stream().map(t -> new TouchpointRepository.Bulk(t.personId(),
                (int) t.on().toEpochDay(), Channel.parse("channel", t.channel()), Direction.parse("direction", t.direction()),
                Fields.optional("note", t.note(), MAX_NOTE))).toList(), clock.millis());
    }

    /** Every touchpoint of the account, oldest written first, read a page at a time (exports). */
    public void forEach(long accountId, java.util.function.Consumer<Touchpoint> action) {
        long after = 0;
        List<Touchpoint> page;
        do {
            page = touchpoints.after(accountId, after, 5_000);
            page.forEach(action);
            after = page.isEmpty() ? after : page.get(page.size() - 1).id();
        } while (page.size() == 5_000);
    }

    /** A person's touchpoints, newest first. */
    public List<Touchpoint> ofPerson(long accountId, long personId, int limit, int offset) {
        if (limit < 1 || limit > 1_000) {
            throw new Invalid("limit", "limit must be between 1 and 1000");
        }
        if (offset < 0) {
            throw new Invalid("offset", "offset must not be negative");
        }
        return touchpoints.ofPerson(accountId, personId, limit, offset);
    }

    /** Each touched person's latest touches, as days since the epoch. */
    public Map<Long, LastTouches> lastTouches(long accountId) {
        return touchpoints.lastTouches(accountId);
    }

    /** For each person who has touchpoints: the last before the day and whether one falls on it. */
    public List<DayState> dayStates(long accountId, Collection<Long> personIds, LocalDate day) {
        return personIds.isEmpty() ? List.of() : touchpoints.dayStates(accountId, personIds, (int) day.toEpochDay());
    }

    /**
     * For a few people (those on Today): each one's name with the last touchpoint before the day
     * (of two on the same day, the one logged later), or with none; {@code theirs}: only the
     * touchpoints they started. One statement; deleted people are left out.
     */
    public Map<Long, LastTouch> namesWithLastBefore(long accountId, Collection<Long> personIds, LocalDate day,
                                                    boolean theirs) {
        return personIds.isEmpty() ? Map.of()
                : touchpoints.namesWithLastBefore(accountId, personIds, (int) day.toEpochDay(), theirs);
    }

    /**
     * For a few people (those waiting for a reply): the last touchpoint each one started before
     * the day; of two on the same day, the one logged later.
     */
    public Map<Long, Touchpoint> lastInBefore(long accountId, Collection<Long> personIds, LocalDate day) {
        return personIds.isEmpty() ? Map.of() : touchpoints.lastInBefore(accountId, personIds, (int) day.toEpochDay());
    }

    /**
     * A person's touchpoints dated from {@code from} to {@code to} (both included), by who
     * reached out. The caller checks that the person is the account's.
     */
    public DirectionCounts countsBetween(long accountId, long personId, LocalDate from, LocalDate to) {
        return touchpoints.countsBetween(accountId, personId, (int) from.toEpochDay(), (int) to.toEpochDay());
    }

    /**
     * The latest touchpoint on or before a day that one side started ({@code in} or {@code out};
     * shared ones are left out): who reached out last. Of two on the same day, the one logged later.
     */
    public Optional<Touchpoint> lastReachOut(long accountId, long personId, LocalDate until) {
        return touchpoints.lastReachOut(accountId, personId, (int) until.toEpochDay());
    }

    /**
     * For a few people (those whose clock moved on or after the day): who reached out last as the
     * day began, and whether you answered on it.
     */
    public List<Exchange> exchanges(long accountId, Collection<Long> personIds, LocalDate day) {
        return personIds.isEmpty() ? List.of() : touchpoints.exchanges(accountId, personIds, (int) day.toEpochDay());
    }

    /** How many touchpoints a person has: what {@link #reassign(long, long, long)} would move. */
    public int countOf(long accountId, long personId) {
        return touchpoints.idsOf(accountId, personId).size();
    }

    /** How many touchpoints each of these people has (0 for none). */
    public Map<Long, Integer> countsOf(long accountId, Collection<Long> personIds) {
        Map<Long, Integer> counts = touchpoints.countsOf(accountId, personIds);
        personIds.forEach(id -> counts.putIfAbsent(id, 0));
        return counts;
    }

    /**
     * Every touchpoint of {@code from} becomes {@code to}'s (a merge of two people), without events:
     * the caller checks both people are the account's and recomputes their clocks after. Returns
     * the ids moved, so that {@link #reassign(long, Collection, long, long)} can move them back.
     */
    public List<Long> reassign(long accountId, long fromPersonId, long toPersonId) {
        return tx.execute(s -> {
            List<Long> ids = touchpoints.idsOf(accountId, fromPersonId);
            touchpoints.reassign(accountId, ids, fromPersonId, toPersonId);
            return ids;
        });
    }

    /**
     * Moves exactly these touchpoints back (an undone merge); one that no longer belongs to
     * {@code from} stays where it is.
     */
    public void reassign(long accountId, Collection<Long> touchpointIds, long fromPersonId, long toPersonId) {
        touchpoints.reassign(accountId, touchpointIds, fromPersonId, toPersonId);
    }

    public int count(long accountId) {
        return touchpoints.count(accountId);
    }
}
