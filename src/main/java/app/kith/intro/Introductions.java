package app.kith.intro;

import app.kith.Checks;
import app.kith.Conflict;
import app.kith.Fields;
import app.kith.Invalid;
import app.kith.NotFound;
import app.kith.db.Bin;
import app.kith.person.Knower;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.planner.FollowUps;
import app.kith.touchpoint.Channel;
import app.kith.touchpoint.NewTouchpoint;
import app.kith.touchpoint.Touchpoints;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Introductions: connecting two people of the account, with a double opt-in. Proposed, then each
 * side is asked whether they would like to meet the other and answers; when both agreed they are
 * introduced, and after the follow-up gap the user says how it went. Asking, answering and
 * introducing are touchpoints on the people's timelines (so their clocks move). Every step is
 * stored with its day; an introduction with a deleted person is out of sight, like that person.
 */
public class Introductions {

    public static final int MAX_REASON = 500;
    public static final int MAX_SUGGESTIONS = 20;

    private final IntroductionRepository introductions;
    private final Bin bin;
    private final People people;
    private final Touchpoints touchpoints;
    private final TransactionOperations tx;
    private final Clock clock;

    public Introductions(JdbcClient jdbc, Bin bin, TransactionOperations tx, Clock clock, People people,
                         Touchpoints touchpoints) {
        this.introductions = new IntroductionRepository(jdbc);
        this.bin = bin;
        this.people = people;
        this.touchpoints = touchpoints;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Proposes introducing two people for a reason. Refused: someone the account does not have
     * (NotFound), someone to themselves, and a pair that already has an open introduction.
     */
    public Introduction propose(long accountId, NewIntroduction n, LocalDate today) {
        Checks checks = new Checks();
        checks.run(() -> person("personA", n.personA()));
        checks.run(() -> person("personB", n.personB()));
        String reason = checks.value(() -> checkReason(n.reason()));
        LocalDate on = checks.value(() -> StepRules.on(n.on(), today));
        checks.done();
        long a = n.personA();
        long b = n.personB();
        return tx.execute(s -> {
            Person first = people.get(accountId, a);
            Person second = people.get(accountId, b);
            if (a == b) {
                throw new Invalid("personB", first.name() + " cannot be introduced to themselves");
            }
            introductions.openBetween(accountId, a, b).ifPresent(id -> {
                throw new Conflict("personB", first.name() + " and " + second.name()
                        + " already have an open introduction: #" + id);
            });
            long id = introductions.insert(accountId, a, b, reason, (int) on.toEpochDay(), clock.millis());
            introductions.insertEvent(accountId, id, (int) on.toEpochDay(), Kind.PROPOSED, null, null, clock.millis());
            return get(accountId, id);
        });
    }

    /** Why two people would be introduced, checked as {@link #propose} checks it. */
    public String checkReason(String reason) {
        return Fields.required("reason", reason, MAX_REASON);
    }

    /**
     * Moves an introduction on by one step (see {@link IntroStep}), checked against where it
     * stands; what is refused writes nothing.
     */
    public Introduction step(long accountId, long id, IntroStep step, LocalDate today) {
        StepRules.Typed typed = StepRules.read(step, today);
        return tx.execute(s -> {
            IntroductionRepository.Row row = introductions.find(accountId, id).orElseThrow(() -> notFound(id));
            List<Event> events = introductions.events(accountId, List.of(id)).get(id);
            Introduction current = view(row, events, present(accountId, List.of(row.personA(), row.personB())));
            StepRules.check(typed, current);
            int day = (int) typed.on().toEpochDay();
            boolean sideA = typed.personId() != null && typed.personId() == row.personA();
            Progress after = Progress.of(row.personA(), events).then(typed.kind(), sideA, day);
            List<Long> logged = logTouchpoints(accountId, current, typed, today);
            introductions.insertEvent(accountId, id, day, typed.kind(), typed.personId(), typed.note(), logged,
                    clock.millis());
            introductions.update(accountId, id, after,
                    typed.kind() == Kind.INTRODUCED ? typed.channel().key() : row.channel());
            return get(accountId, id);
        });
    }

    /**
     * Takes back the latest step of an introduction, taken on {@code day} (an undo on Today): the
     * introduction is as it was before it, and the touchpoints the step logged are deleted, the
     * people's clocks following. Identified by its position ({@code stepCount}, how many steps
     * the introduction had with it): a step taken since, or the step already undone, is a
     * Conflict and nothing changes; so is the proposal itself.
     */
    public Introduction undo(long accountId, long id, int stepCount, LocalDate day) {
        return tx.execute(s -> {
            IntroductionRepository.Row row = introductions.find(accountId, id).orElseThrow(() -> notFound(id));
            get(accountId, id);
            List<Event> events = introductions.events(accountId, List.of(id)).get(id);
            Event last = events.get(events.size() - 1);
            if (events.size() != stepCount || events.size() < 2) {
                throw new Conflict("undo", events.size() > stepCount ? "The introduction has moved on since ("
                        + last.kind().key + " on " + LocalDate.ofEpochDay(last.day()) + "); nothing changed"
                        : "That step of the introduction was undone already; nothing changed");
            }
            if (last.day() != day.toEpochDay()) {
                throw new Conflict("undo", "Only a step taken on " + day + " can be undone here; nothing changed");
            }
            introductions.touchpointsOf(accountId, last.id()).forEach(t -> touchpoints.remove(accountId, t));
            introductions.deleteEvent(accountId, id, last.id());
            List<Event> before = events.subList(0, events.size() - 1);
            introductions.update(accountId, id, Progress.of(row.personA(), before),
                    last.kind() == Kind.INTRODUCED ? null : row.channel());
            return get(accountId, id);
        });
    }

    /**
     * Takes back a proposal made on {@code day} with nothing after it (an undo in place, the same
     * day): the introduction is gone. One that has moved on, or was proposed another day, is a
     * Conflict and stays; another account's is NotFound.
     */
    public Introduction withdraw(long accountId, long id, LocalDate day) {
        return tx.execute(s -> {
            Introduction made = get(accountId, id);
            if (made.steps().size() != 1 || !made.proposedOn().equals(day)) {
                throw new Conflict("undo", "Only an introduction proposed on " + day + " with nothing after it can be "
                        + "taken back; nothing changed");
            }
            introductions.delete(accountId, id);
            return made;
        });
    }

    /** Whether a step of one of the account's introductions logged this touchpoint (its undo is the step's). */
    public boolean logged(long accountId, long touchpointId) {
        return introductions.logged(accountId, touchpointId);
    }

    /**
     * An introduction written back as an export holds it, its steps included (their people already
     * mapped to this account's), without logging touchpoints again: restoring a JSON export.
     */
    public Introduction restore(long accountId, long personA, long personB, String reason, String channel,
                                List<Introduction.Step> steps) {
        String cleanReason = Fields.required("reason", reason, MAX_REASON);
        if (steps.isEmpty()) {
            throw new Invalid("steps", "an introduction has at least the step that proposed it");
        }
        return tx.execute(s -> {
            people.get(accountId, personA);
            people.get(accountId, personB);
            long id = introductions.insert(accountId, personA, personB, cleanReason,
                    (int) steps.get(0).on().toEpochDay(), clock.millis());
            for (Introduction.Step step : steps) {
                Kind kind;
                try {
                    kind = Kind.ofKey(step.kind());
                } catch (IllegalStateException e) {
                    throw new Invalid("steps", "\"" + step.kind() + "\" is no step of an introduction");
                }
                introductions.insertEvent(accountId, id, (int) step.on().toEpochDay(), kind, step.personId(), step.note(),
                        clock.millis());
            }
            List<Event> events = introductions.events(accountId, List.of(id)).get(id);
            introductions.update(accountId, id, Progress.of(personA, events),
                    channel == null ? null : Channel.parse("channel", channel).key());
            return get(accountId, id);
        });
    }

    /**
     * Deletes an introduction into the trash, its steps with it; the touchpoints its steps logged
     * stay on the timelines. {@link #undelete} brings it back as it was for 30 days.
     */
    public Introduction delete(long accountId, long id) {
        return tx.execute(s -> {
            Introduction was = get(accountId, id);
            bin.put(accountId, Bin.Kind.INTRODUCTION, id, was.personA().name() + " and " + was.personB().name()
                    + ": " + was.reason(), was.personA().id(), clock.millis());
            return was;
        });
    }

    /** Brings an introduction back from the trash with its steps; one not in this account's trash is NotFound. */
    public Introduction undelete(long accountId, long id) {
        return tx.execute(s -> {
            if (!bin.takeOut(accountId, Bin.Kind.INTRODUCTION, id)) {
                throw notFound(id);
            }
            return get(accountId, id);
        });
    }

    public Introduction get(long accountId, long id) {
        List<Introduction> found = introductions.find(accountId, id).map(row -> views(accountId, List.of(row)))
                .orElse(List.of());
        if (found.isEmpty()) {
            throw notFound(id);
        }
        return found.get(0);
    }

    /** Introductions, newest first, filtered by the query. */
    public List<Introduction> list(long accountId, IntroQuery query) {
        if (query.limit() < 1 || query.limit() > IntroQuery.MAX_PAGE) {
            throw new Invalid("limit", "limit must be between 1 and " + IntroQuery.MAX_PAGE);
        }
        if (query.offset() < 0) {
            throw new Invalid("offset", "offset must not be negative");
        }
        Set<String> states = new LinkedHashSet<>();
        for (IntroState s : IntroState.values()) {
            boolean openMatches = query.open() == null || s.open() == query.open();
            boolean stateMatches = query.state() == null || s == IntroState.parse("state", query.state());
            if (openMatches && stateMatches) {
                states.add(s.key());
            }
        }
        if (states.isEmpty()) {
            return List.of();
        }
        if (query.personId() != null) {
            people.get(accountId, query.personId());
        }
        Set<String> filter = states.size() == IntroState.values().length ? Set.of() : states;
        // Pages count only what is shown: an introduction with a deleted person is skipped, not counted.
        List<Introduction> page = new ArrayList<>();
        int skipped = 0;
        for (int from = 0; page.size() < query.limit(); from += IntroQuery.MAX_PAGE) {
            List<IntroductionRepository.Row> rows = introductions.list(accountId, filter, query.personId(),
                    IntroQuery.MAX_PAGE, from);
            for (Introduction i : views(accountId, rows)) {
                if (skipped < query.offset()) {
                    skipped++;
                } else if (page.size() < query.limit()) {
                    page.add(i);
                }
            }
            if (rows.size() < IntroQuery.MAX_PAGE) {
                break;
            }
        }
        return page;
    }

    /** A person's introductions, on either side, newest first: for their timeline. */
    public List<Introduction> ofPerson(long accountId, long personId) {
        return list(accountId, IntroQuery.all().withPerson(personId));
    }

    /** The ids of the introductions between two people, either side, in any state: they cannot be merged. */
    public List<Long> between(long accountId, long x, long y) {
        return introductions.between(accountId, x, y);
    }

    /** How many introductions a person is in: what {@link #reassign(long, long, long)} would move. */
    public int countOf(long accountId, long personId) {
        return introductions.rowsOf(accountId, personId).count();
    }

    /**
     * Every introduction of {@code from}, and every step about them, becomes {@code to}'s (a merge
     * of two people), as it stands: the caller checks both are the account's and that they have no
     * introduction to each other ({@link #between}), which would leave one with themselves.
     */
    public Reassigned reassign(long accountId, long from, long to) {
        return tx.execute(s -> {
            Reassigned rows = introductions.rowsOf(accountId, from);
            introductions.reassign(accountId, rows, from, to);
            return rows;
        });
    }

    /** Moves exactly these back (an undone merge); a row no longer of {@code from} stays where it is. */
    public void reassign(long accountId, Reassigned moved, long from, long to) {
        introductions.reassign(accountId, moved, from, to);
    }

    /** How the account's introductions went, for insights. */
    public IntroCounts counts(long accountId) {
        Map<IntroState, Integer> byState = introductions.countsByState(accountId);
        int met = byState.getOrDefault(IntroState.MET, 0);
        int noReply = byState.getOrDefault(IntroState.NO_REPLY, 0);
        int notAFit = byState.getOrDefault(IntroState.NOT_A_FIT, 0);
        int introduced = byState.getOrDefault(IntroState.INTRODUCED, 0) + met + noReply + notAFit;
        int all = byState.values().stream().mapToInt(Integer::intValue).sum();
        return new IntroCounts(all, byState.getOrDefault(IntroState.DECLINED, 0), introduced, met, noReply, notAFit);
    }

    /**
     * Whom a person might be introduced to: the people who know about what they are looking
     * for, leaving out those they already have an open introduction with.
     */
    public List<Suggestion> suggestions(long accountId, long personId) {
        Person seeker = people.get(accountId, personId);
        List<Long> open = introductions.openWith(accountId, personId);
        return people.whoKnows(accountId, personId, open, MAX_SUGGESTIONS).stream()
                .map(k -> new Suggestion(k.id(), k.name(), k.needs(), reason(k, seeker)))
                .toList();
    }

    /**
     * "Priya knows about hiring, which Sam is looking for"; when a topic is only part of a need,
     * the need follows: "… knows about data engineering, which Sam is looking for (a data
     * engineering job)".
     */
    private static String reason(Knower k, Person seeker) {
        List<String> partly = new ArrayList<>();
        for (int i = 0; i < k.needs().size(); i++) {
            if (!k.needs().get(i).equals(k.topics().get(i))) {
                partly.add(k.needs().get(i));
            }
        }
        return Wording.firstName(k.name()) + " knows about " + Wording.list(k.topics()) + ", which "
                + Wording.firstName(seeker.name()) + " is looking for"
                + (partly.isEmpty() ? "" : " (" + String.join("; ", partly) + ")");
    }

    /** The introductions that go on Today. */
    public FollowUps followUps() {
        return new IntroFollowUps(this);
    }

    /** The introductions that may need attention on a day, as they stood when it began (for Today). */
    List<Introduction> activeOn(long accountId, LocalDate day) {
        return introductions.activeOn(accountId, (int) day.toEpochDay()).stream()
                .map(i -> view(i.row(), i.events(), Map.of(i.row().personA(), i.nameA(), i.row().personB(), i.nameB())))
                .toList();
    }

    /** Logs the touchpoints a step makes, and returns their ids. */
    private List<Long> logTouchpoints(long accountId, Introduction intro, StepRules.Typed step, LocalDate today) {
        String channel = step.channel() == null ? null : step.channel().key();
        if (step.kind() == Kind.INTRODUCED) {
            return List.of(
                    log(accountId, intro.personA().id(), step, channel, "out", "Introduced to " + intro.personB().name(), today),
                    log(accountId, intro.personB().id(), step, channel, "out", "Introduced to " + intro.personA().name(), today));
        }
        if (step.personId() == null) {
            return List.of(); // an outcome is between the two of them
        }
        Introduction.Side side = intro.side(step.personId());
        String other = intro.other(step.personId()).name();
        return List.of(switch (step.kind()) {
            case ASKED -> log(accountId, side.id(), step, channel, "out", side.answer() == OptIn.ASKED
                    ? "Followed up: would they like to meet " + other + "?"
                    : "Asked whether they'd like to meet " + other, today);
            case AGREED -> log(accountId, side.id(), step, channel, "in", "Agreed to meet " + other, today);
            default -> log(accountId, side.id(), step, channel, "in", "Declined to meet " + other, today);
        });
    }

    private long log(long accountId, long personId, StepRules.Typed step, String channel, String direction,
                     String what, LocalDate today) {
        String note = step.note() == null ? what : what + " — " + step.note();
        return touchpoints.log(accountId, new NewTouchpoint(personId, step.on(), channel, direction, note), today).id();
    }

    private List<Introduction> views(long accountId, List<IntroductionRepository.Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Event>> events = introductions.events(accountId,
                rows.stream().map(IntroductionRepository.Row::id).toList());
        Set<Long> ids = new LinkedHashSet<>();
        rows.forEach(r -> {
            ids.add(r.personA());
            ids.add(r.personB());
        });
        Map<Long, String> names = present(accountId, ids);
        List<Introduction> result = new ArrayList<>(rows.size());
        for (IntroductionRepository.Row row : rows) {
            if (names.containsKey(row.personA()) && names.containsKey(row.personB())) {
                result.add(view(row, events.get(row.id()), names));
            }
        }
        return result;
    }

    /** The names of the people among these whom the account has (not deleted). */
    private Map<Long, String> present(long accountId, Collection<Long> ids) {
        return people.names(accountId, ids);
    }

    private static Introduction view(IntroductionRepository.Row row, List<Event> events, Map<Long, String> names) {
        if (!names.containsKey(row.personA()) || !names.containsKey(row.personB())) {
            throw notFound(row.id());
        }
        Progress p = Progress.of(row.personA(), events);
        return new Introduction(row.id(), side(row.personA(), names, p.a()), side(row.personB(), names, p.b()),
                row.reason(), p.state(), day(p.proposedDay()), day(p.introducedDay()),
                row.channel() == null ? null : Channel.parse("channel", row.channel()), day(p.closedDay()),
                events.stream().map(e -> new Introduction.Step(day(e.day()), e.kind().key, e.personId(), e.note())).toList(),
                Instant.ofEpochMilli(row.createdAt()));
    }

    private static Introduction.Side side(long id, Map<Long, String> names, Progress.Side s) {
        return new Introduction.Side(id, names.get(id), s.answer(), day(s.askedDay()), day(s.answeredDay()));
    }

    private static LocalDate day(Integer epochDay) {
        return epochDay == null ? null : LocalDate.ofEpochDay(epochDay);
    }

    private static long person(String field, Long id) {
        if (id == null) {
            throw new Invalid(field, field + " is required: the id of a person");
        }
        return id;
    }

    private static NotFound notFound(long id) {
        return new NotFound("No introduction " + id);
    }
}
