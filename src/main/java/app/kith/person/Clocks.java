package app.kith.person;

import app.kith.Conflict;
import app.kith.Events;
import app.kith.Fields;
import app.kith.Invalid;
import app.kith.NotFound;
import app.kith.circle.Circle;
import app.kith.circle.Circles;
import app.kith.circle.RhythmsChanged;
import app.kith.touchpoint.Direction;
import app.kith.touchpoint.TouchpointCorrected;
import app.kith.touchpoint.TouchpointLogged;
import app.kith.touchpoint.Touchpoints;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionOperations;

/**
 * People's clocks: the rhythm in force (their own, else the shortest of their circles'), the last
 * touch, the due date ((last touch, else the day the clock started) + rhythm), snoozes and skips.
 * What the planner and the replies owed read; touchpoints and circles move it through events.
 */
public class Clocks {

    private final ClockRepository clocks;
    private final PersonViews views;
    private final Circles circles;
    private final Touchpoints touchpoints;
    private final TransactionOperations tx;

    public Clocks(JdbcTemplate jdbc, TransactionOperations tx, Events events, Circles circles, Touchpoints touchpoints) {
        this.clocks = new ClockRepository(jdbc);
        this.views = new PersonViews(new PersonRepository(jdbc), circles);
        this.circles = circles;
        this.touchpoints = touchpoints;
        this.tx = tx;
        events.on(TouchpointLogged.class, this::touched);
        events.on(TouchpointCorrected.class, e -> recomputeClocks(e.accountId(), List.of(e.personId())));
        events.on(RhythmsChanged.class, e -> refreshRhythms(e.accountId(), e.personIds()));
    }

    /**
     * The tracked people who may be on a day's plan: due by {@code lastDay}, plus everyone touched
     * on or after {@code day} (the plan looks at the day as it began, before those touches).
     */
    public List<PersonClock> clocksForPlan(long accountId, LocalDate day, LocalDate lastDay) {
        return clocks.forPlan(accountId, (int) day.toEpochDay(), (int) lastDay.toEpochDay());
    }

    /** The clocks of these people, for those of them who are tracked (deleted and untracked people have none). */
    public List<PersonClock> clocksOf(long accountId, Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : clocks.clocksOf(accountId, ids);
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

    /** Hides a person from Today until a date; null wakes them now. */
    public Person snooze(long accountId, long id, LocalDate until, LocalDate today) {
        snoozeWithUndo(accountId, id, until, today);
        return views.get(accountId, id);
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
        return views.get(accountId, id);
    }

    /** Skips as {@link #skip} does, and returns the change so that {@link #unmark} can undo it. */
    public MarksChange skipWithUndo(long accountId, long id, LocalDate today) {
        Fields.day("on", today);
        return mark(accountId, id, was -> clocks.skip(accountId, id, (int) today.toEpochDay()));
    }

    /** A person's skip and snooze marks as they stand. */
    public Marks marks(long accountId, long id) {
        return clocks.marks(accountId, id).orElseThrow(() -> new NotFound("No person " + id));
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
                throw new Conflict("undo", views.get(accountId, id).name() + (now.snoozedUntil() != null
                        ? " is snoozed until " + now.snoozedUntil() : now.skippedOn() != null
                        ? " was skipped on " + now.skippedOn() : " was woken") + " since; nothing changed");
            }
            clocks.setMarks(accountId, id, change.before());
            return views.get(accountId, id);
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

    /** Sets the rhythm in force of several people (null: not tracked) and their due dates with it. */
    void setRhythms(long accountId, Map<Long, Integer> rhythms) {
        clocks.setRhythms(accountId, rhythms);
    }

    void setRhythm(long accountId, long id, Integer own, List<Circle> inCircles) {
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
}
