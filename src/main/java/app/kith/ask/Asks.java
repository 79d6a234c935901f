package app.kith.ask;

import app.kith.Checks;
import app.kith.Conflict;
import app.kith.Fields;
import app.kith.Invalid;
import app.kith.NotFound;
import app.kith.account.Account;
import app.kith.db.Bin;
import app.kith.person.People;
import app.kith.planner.FollowUps;
import app.kith.touchpoint.Channel;
import app.kith.touchpoint.NewTouchpoint;
import app.kith.touchpoint.Touchpoints;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Asks: what I asked of whom, and what became of it. Nobody says no: they ignore an ask or punt
 * it, so an ask waiting past the follow-up gap, or punted to a day that has come, goes back on
 * Today. Asking and following up are touchpoints (out), a reply or an answer is one (in).
 */
public class Asks {

    static final int MAX_TEXT = 500;

    private final AskRepository asks;
    private final Bin bin;
    private final People people;
    private final Touchpoints touchpoints;
    private final TransactionOperations tx;
    private final Clock clock;

    public Asks(JdbcClient jdbc, Bin bin, TransactionOperations tx, Clock clock, People people, Touchpoints touchpoints) {
        this.asks = new AskRepository(jdbc);
        this.bin = bin;
        this.people = people;
        this.touchpoints = touchpoints;
        this.tx = tx;
        this.clock = clock;
    }

    public Ask ask(Account account, NewAsk a, LocalDate today) {
        check(a, today);
        String text = Fields.required("text", a.text(), MAX_TEXT);
        Channel channel = channel(a);
        LocalDate on = Fields.happened("on", a.on() == null ? today : a.on(), today);
        return tx.execute(s -> {
            people.get(account.id(), a.personId());
            long logged = touchpoints.log(account.id(), new NewTouchpoint(a.personId(), on, channel.key(), "out",
                    "Asked: " + text), today).id();
            long id = asks.insert(account.id(), a.personId(), text, channel.key(), (int) on.toEpochDay(), clock.millis());
            asks.insertEvent(account.id(), id, (int) on.toEpochDay(), AskEventKind.ASKED, null, null, logged, clock.millis());
            return get(account, id, today);
        });
    }

    /** Checks an ask as {@link #ask} does, saying everything wrong at once; writes nothing. */
    public void check(NewAsk a, LocalDate today) {
        Checks checks = new Checks();
        checks.run(() -> Fields.required("text", a.text(), MAX_TEXT));
        checks.run(() -> channel(a));
        checks.run(() -> Fields.happened("on", a.on() == null ? today : a.on(), today));
        checks.done();
    }

    private static Channel channel(NewAsk a) {
        return a.channel() == null || a.channel().isBlank() ? Channel.MESSAGE : Channel.parse("channel", a.channel());
    }

    /**
     * Yes, no, punted to a day, or dropped; only an open ask can be answered. {@code on} null means
     * today; an answer comes neither before its ask nor after today (a punt's {@code to} is of
     * course ahead).
     */
    public Ask answer(Account account, long askId, Answer answer, LocalDate on, LocalDate today) {
        return tx.execute(s -> {
            AskRepository.Row row = find(account, askId);
            LocalDate day = dayOf(on, today);
            open(row, day);
            AskEventKind kind;
            Integer puntedTo = null;
            if (answer instanceof Answer.Punt punt) {
                if (!punt.to().isAfter(day)) {
                    throw new Invalid("to", "a punt is to a day after " + day + ", not " + punt.to());
                }
                kind = AskEventKind.PUNTED;
                puntedTo = (int) Fields.day("to", punt.to()).toEpochDay();
            } else {
                kind = answer instanceof Answer.Yes ? AskEventKind.YES : answer instanceof Answer.No ? AskEventKind.NO
                        : AskEventKind.DROPPED;
            }
            Long logged = kind == AskEventKind.DROPPED ? null : touchpoints.log(account.id(), new NewTouchpoint(
                    row.personId(), day, row.channel(), "in", answerNote(kind, row.text(), puntedTo)), today).id();
            record(account, askId, day, kind, puntedTo, null, logged);
            return get(account, askId, today);
        });
    }

    /** I followed up: a touchpoint (out), and the waiting starts again. {@code on} as for answers. */
    public Ask followUp(Account account, long askId, LocalDate on, String channel, String note, LocalDate today) {
        return step(account, askId, on, channel, note, today, AskEventKind.FOLLOWED_UP, "out", "Followed up: ");
    }

    /** They replied without a yes or no yet: a touchpoint (in), and the waiting starts again. */
    public Ask replied(Account account, long askId, LocalDate on, String channel, String note, LocalDate today) {
        return step(account, askId, on, channel, note, today, AskEventKind.REPLIED, "in", "Replied about: ");
    }

    private Ask step(Account account, long askId, LocalDate on, String channel, String note, LocalDate today,
                     AskEventKind kind, String direction, String prefix) {
        String cleanNote = Fields.optional("note", note, 2_000);
        return tx.execute(s -> {
            AskRepository.Row row = find(account, askId);
            LocalDate day = dayOf(on, today);
            open(row, day);
            String via = channel == null || channel.isBlank() ? row.channel() : Channel.parse("channel", channel).key();
            long logged = touchpoints.log(account.id(), new NewTouchpoint(row.personId(), day, via, direction,
                    cleanNote != null ? cleanNote : prefix + row.text()), today).id();
            record(account, askId, day, kind, null, cleanNote, logged);
            return get(account, askId, today);
        });
    }

    private AskRepository.Row find(Account account, long askId) {
        return asks.find(account.id(), askId).orElseThrow(() -> new NotFound("No ask " + askId));
    }

    private static LocalDate dayOf(LocalDate on, LocalDate today) {
        return Fields.happened("on", on == null ? today : on, today);
    }

    private static void open(AskRepository.Row row, LocalDate day) {
        if (!row.state().open()) {
            throw new Conflict("state", "This ask is closed (" + row.state().key() + " on "
                    + LocalDate.ofEpochDay(row.closedDay()) + "); nothing changed");
        }
        if (day.toEpochDay() < row.askedDay()) {
            throw new Invalid("on", "on must not be before the ask (" + LocalDate.ofEpochDay(row.askedDay()) + ")");
        }
    }

    private void record(Account account, long askId, LocalDate day, AskEventKind kind, Integer puntedTo, String note,
                        Long touchpointId) {
        asks.insertEvent(account.id(), askId, (int) day.toEpochDay(), kind, puntedTo, note, touchpointId, clock.millis());
        replay(account, askId);
    }

    /** Writes the ask's state as its steps add up to, so that lists and Today's query stay simple. */
    private void replay(Account account, long askId) {
        List<AskEvent> events = asks.events(account.id(), List.of(askId)).getOrDefault(askId, List.of());
        asks.update(account.id(), askId, AskRule.before(steps(events), Integer.MAX_VALUE));
    }

    /**
     * Takes back step {@code eventId} of an ask, taken on {@code day} (an undo on Today): the ask
     * is as it was before it, and the touchpoint the step logged, if any, is deleted with the
     * person's clock following. Only the ask's latest step of that day can be taken back, never
     * the asking itself; otherwise a Conflict says why and nothing changes.
     */
    public Ask undo(Account account, long askId, long eventId, LocalDate day, LocalDate today) {
        return tx.execute(s -> {
            find(account, askId);
            List<AskEvent> events = asks.events(account.id(), List.of(askId)).getOrDefault(askId, List.of());
            AskEvent step = events.stream().filter(e -> e.id() == eventId).findFirst()
                    .orElseThrow(() -> new Conflict("undo", "That step of the ask was undone already; nothing changed"));
            AskEvent latest = events.stream().max(Comparator.comparingLong(AskEvent::id)).orElseThrow();
            if (step.kind() == AskEventKind.ASKED || !step.on().equals(day)) {
                throw new Conflict("undo", "Only a step taken on " + day + " can be undone here; nothing changed");
            }
            if (latest.id() != eventId) {
                throw new Conflict("undo", "The ask has moved on since (" + latest.kind().key() + " on " + latest.on()
                        + "); nothing changed");
            }
            asks.touchpointOf(account.id(), eventId).ifPresent(t -> touchpoints.remove(account.id(), t));
            asks.deleteEvent(account.id(), askId, eventId);
            replay(account, askId);
            return get(account, askId, today);
        });
    }

    /**
     * Takes back the asking itself (an undo on Today, the same day): an ask made on {@code day}
     * with nothing after it is gone, with the touchpoint it logged and the person's clock
     * following. An ask that has moved on, or was made another day, is a Conflict and stays.
     */
    public Ask withdraw(Account account, long askId, LocalDate day, LocalDate today) {
        return tx.execute(s -> {
            Ask ask = get(account, askId, today);
            if (ask.events().size() != 1 || !ask.askedOn().equals(day)) {
                throw new Conflict("undo", "Only an ask made on " + day + " with nothing after it can be taken back; "
                        + "nothing changed");
            }
            asks.touchpointOf(account.id(), ask.events().get(0).id()).ifPresent(t -> touchpoints.remove(account.id(), t));
            asks.delete(account.id(), askId);
            return ask;
        });
    }

    /**
     * Deletes an ask into the trash, its history with it; the touchpoints it logged stay on the
     * timeline. {@link #undelete} brings it back as it was for 30 days.
     */
    public Ask delete(Account account, long askId, LocalDate today) {
        return tx.execute(s -> {
            Ask ask = get(account, askId, today);
            bin.put(account.id(), Bin.Kind.ASK, askId, ask.person().name() + ": " + ask.text(), ask.person().id(),
                    clock.millis());
            return ask;
        });
    }

    /** Brings an ask back from the trash with its history; one not in this account's trash is NotFound. */
    public Ask undelete(Account account, long askId, LocalDate today) {
        return tx.execute(s -> {
            if (!bin.takeOut(account.id(), Bin.Kind.ASK, askId)) {
                throw new NotFound("No deleted ask " + askId);
            }
            return get(account, askId, today);
        });
    }

    /** The ask whose asking or later step logged this touchpoint, if one did. */
    public Optional<Ask> loggedBy(Account account, long touchpointId, LocalDate today) {
        return asks.askOfTouchpoint(account.id(), touchpointId).map(id -> get(account, id, today));
    }

    /**
     * An ask written back as an export holds it, its whole history included, without logging its
     * touchpoints again (the export has them): restoring a JSON export.
     */
    public Ask restore(Account account, long personId, String text, String channel, LocalDate askedOn,
                       List<AskEvent> history, LocalDate today) {
        String cleanText = Fields.required("text", text, MAX_TEXT);
        Channel via = channel == null || channel.isBlank() ? Channel.MESSAGE : Channel.parse("channel", channel);
        return tx.execute(s -> {
            people.get(account.id(), personId);
            long id = asks.insert(account.id(), personId, cleanText, via.key(), (int) askedOn.toEpochDay(), clock.millis());
            for (AskEvent e : history) {
                asks.insertEvent(account.id(), id, (int) e.on().toEpochDay(), e.kind(),
                        e.puntedTo() == null ? null : (int) e.puntedTo().toEpochDay(), e.note(), null, clock.millis());
            }
            List<AskEvent> events = asks.events(account.id(), List.of(id)).getOrDefault(id, List.of());
            asks.update(account.id(), id, AskRule.before(steps(events), Integer.MAX_VALUE));
            return get(account, id, today);
        });
    }

    public Ask get(Account account, long id, LocalDate today) {
        AskRepository.Row row = asks.find(account.id(), id).orElseThrow(() -> new NotFound("No ask " + id));
        return views(account, List.of(row), today).stream().findFirst().orElseThrow(() -> new NotFound("No ask " + id));
    }

    /** Asks, newest first; {@code open} null means all, {@code state} and {@code personId} filter further. */
    public List<Ask> list(Account account, Boolean open, AskState state, Long personId, LocalDate today) {
        return views(account, asks.list(account.id(), open, state, personId), today);
    }

    public AskStats stats(Account account, Long personId, LocalDate today) {
        List<Ask> all = list(account, null, null, personId, today);
        int yes = 0;
        int no = 0;
        int dropped = 0;
        int open = 0;
        int punted = 0;
        int ignored = 0;
        for (Ask a : all) {
            switch (a.state()) {
                case YES -> yes++;
                case NO -> no++;
                case DROPPED -> dropped++;
                default -> open++;
            }
            if (a.events().stream().anyMatch(e -> e.kind() == AskEventKind.PUNTED)) {
                punted++;
            }
            if (a.followUps() > 0 || "ignored".equals(a.status())) {
                ignored++;
            }
        }
        return new AskStats(all.size(), yes, no, punted, ignored, dropped, open);
    }

    /** The asks that go on Today. */
    public FollowUps followUps() {
        return new AskFollowUps(asks);
    }

    /** How many asks were made of a person: what {@link #reassign(long, long, long)} would move. */
    public int countOf(long accountId, long personId) {
        return asks.idsOf(accountId, personId).size();
    }

    /**
     * Every ask of {@code from} becomes {@code to}'s (a merge of two people), as it stands: the
     * caller checks both people are the account's. Returns the ids moved, so that
     * {@link #reassign(long, Collection, long, long)} can move them back.
     */
    public List<Long> reassign(long accountId, long fromPersonId, long toPersonId) {
        return tx.execute(s -> {
            List<Long> ids = asks.idsOf(accountId, fromPersonId);
            asks.reassign(accountId, ids, fromPersonId, toPersonId);
            return ids;
        });
    }

    /** Moves exactly these asks back (an undone merge); one no longer of {@code from} stays where it is. */
    public void reassign(long accountId, Collection<Long> askIds, long fromPersonId, long toPersonId) {
        asks.reassign(accountId, askIds, fromPersonId, toPersonId);
    }

    private List<Ask> views(Account account, List<AskRepository.Row> rows, LocalDate today) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = people.names(account.id(), rows.stream().map(AskRepository.Row::personId).distinct().toList());
        Map<Long, List<AskEvent>> events = asks.events(account.id(), rows.stream().map(AskRepository.Row::id).toList());
        int day = (int) today.toEpochDay();
        List<Ask> result = new ArrayList<>(rows.size());
        for (AskRepository.Row r : rows) {
            if (!names.containsKey(r.personId())) {
                continue; // asked of someone deleted: back in sight if they are restored
            }
            AskRule.Snapshot now = new AskRule.Snapshot(r.state(), r.puntedTo(), r.followUps(), r.lastActivity());
            String needs = now.needs(day, account.settings().followUpDays());
            List<AskEvent> history = events.getOrDefault(r.id(), List.of());
            result.add(new Ask(r.id(), new Ask.PersonRef(r.personId(), names.get(r.personId())), r.text(), r.channel(),
                    LocalDate.ofEpochDay(r.askedDay()), r.state(), needs != null ? needs : r.state().key(),
                    r.puntedTo() == null ? null : LocalDate.ofEpochDay(r.puntedTo()), r.followUps(),
                    LocalDate.ofEpochDay(r.lastActivity()), r.closedDay() == null ? null : LocalDate.ofEpochDay(r.closedDay()),
                    history));
        }
        return result;
    }

    static List<AskRule.Step> steps(List<AskEvent> events) {
        List<AskEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(AskEvent::on).thenComparingLong(AskEvent::id));
        return sorted.stream().map(e -> new AskRule.Step((int) e.on().toEpochDay(), e.kind(),
                e.puntedTo() == null ? null : (int) e.puntedTo().toEpochDay())).toList();
    }

    private static String answerNote(AskEventKind kind, String text, Integer puntedTo) {
        return switch (kind) {
            case YES -> "Said yes to: " + text;
            case NO -> "Said no to: " + text;
            default -> "Asked to come back on " + LocalDate.ofEpochDay(puntedTo) + " about: " + text;
        };
    }
}
