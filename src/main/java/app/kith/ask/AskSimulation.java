package app.kith.ask;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A year of asks, with and without Kith's nudges. The user asks something twice a week; 40% of
 * the people asked answer within days, 30% ignore the ask and 30% punt it to a day two to four
 * weeks out. An ignored ask, or a punted one whose day has come, is answered after a follow-up
 * half of the time. With Kith the user follows up on what Today brings back (on the 80% of days
 * they do the list, up to the daily capacity, asks first as on Today), and drops an ask when Kith
 * suggests it; without, nobody follows up. The rule deciding what needs a follow-up is
 * {@link AskRule}, the one Today uses.
 */
public final class AskSimulation {

    static final int DAYS = 365;
    /** Users simulated, each with their own people and days: one user's year holds too few asks for a steady share. */
    static final int USERS = 10;
    /** Asks made in the last weeks of the year have not had their chance; they are left out of the shares. */
    static final int SETTLE_DAYS = 60;

    /** What became of the asks under one way of working. */
    public record Outcome(String planner, int asked, int answered, double answeredShare, int stillOpen, int dropped,
                          int followUps) {
    }

    /** Both ways of working, under the same people and the same days. */
    public record Report(String description, Outcome kith, Outcome noFollowUp) {
    }

    private enum Kind { ANSWERS, IGNORES, PUNTS }

    private static final class Sim {
        final int askedDay;
        final Kind kind;
        final int answerDelay;
        final int puntTo;
        final double[] rolls;
        final List<AskRule.Step> steps = new ArrayList<>();
        boolean closed;
        boolean answered;
        Integer pendingAnswerDay;
        int followUps;

        Sim(int askedDay, Kind kind, int answerDelay, int puntTo, double[] rolls) {
            this.askedDay = askedDay;
            this.kind = kind;
            this.answerDelay = answerDelay;
            this.puntTo = puntTo;
            this.rolls = rolls;
            steps.add(new AskRule.Step(askedDay, AskEventKind.ASKED, null));
        }
    }

    private final int capacity;
    private final long seed;
    private final int gap;
    private final int dropAfter;
    private final double answerAfterFollowUp;

    public AskSimulation(int capacity, long seed) {
        this(capacity, seed, 7, 2, 0.5);
    }

    AskSimulation(int capacity, long seed, int gap, int dropAfter, double answerAfterFollowUp) {
        this.capacity = capacity;
        this.seed = seed;
        this.gap = gap;
        this.dropAfter = dropAfter;
        this.answerAfterFollowUp = answerAfterFollowUp;
    }

    public Report run() {
        return new Report(USERS + " users, a year each, two asks a week; 40% answered within days, 30% ignored, "
                + "30% punted 2-4 weeks; an ignored or due punted ask is answered after a follow-up half of the time; "
                + "the list is done on 80% of days; asks made in the last " + SETTLE_DAYS + " days are left out",
                users(true), users(false));
    }

    private Outcome users(boolean nudges) {
        int asked = 0;
        int answered = 0;
        int open = 0;
        int dropped = 0;
        int followUps = 0;
        for (int user = 0; user < USERS; user++) {
            Outcome o = play(nudges, seed * 1_000 + user);
            asked += o.asked();
            answered += o.answered();
            open += o.stillOpen();
            dropped += o.dropped();
            followUps += o.followUps();
        }
        return new Outcome(nudges ? "kith" : "no follow-up", asked, answered, Math.round(1000.0 * answered / asked) / 1000.0,
                open, dropped, followUps);
    }

    private Outcome play(boolean nudges, long userSeed) {
        SplittableRandom people = new SplittableRandom(userSeed);
        SplittableRandom days = new SplittableRandom(userSeed + 1);
        List<Sim> asks = new ArrayList<>();
        int followUps = 0;
        for (int day = 0; day < DAYS; day++) {
            boolean active = days.nextDouble() < 0.8;
            if (day % 7 == 1 || day % 7 == 4) {
                asks.add(newAsk(people, day));
            }
            for (Sim a : asks) {
                answerIfDue(a, day);
            }
            if (nudges && active) {
                followUps += nudge(asks, day);
            }
        }
        List<Sim> counted = asks.stream().filter(a -> a.askedDay < DAYS - SETTLE_DAYS).toList();
        int answered = (int) counted.stream().filter(a -> a.answered).count();
        int open = (int) counted.stream().filter(a -> !a.closed).count();
        int dropped = (int) counted.stream().filter(a -> a.closed && !a.answered).count();
        return new Outcome(nudges ? "kith" : "no follow-up", counted.size(), answered,
                Math.round(1000.0 * answered / counted.size()) / 1000.0, open, dropped, followUps);
    }

    private Sim newAsk(SplittableRandom random, int day) {
        double r = random.nextDouble();
        Kind kind = r < 0.4 ? Kind.ANSWERS : r < 0.7 ? Kind.IGNORES : Kind.PUNTS;
        double[] rolls = {random.nextDouble(), random.nextDouble(), random.nextDouble(), random.nextDouble()};
        Sim a = new Sim(day, kind, 1 + random.nextInt(5), day + 14 + random.nextInt(15), rolls);
        if (kind == Kind.ANSWERS) {
            a.pendingAnswerDay = day + a.answerDelay;
        } else if (kind == Kind.PUNTS) {
            a.steps.add(new AskRule.Step(day + 2, AskEventKind.PUNTED, a.puntTo));
        }
        return a;
    }

    private static void answerIfDue(Sim a, int day) {
        if (!a.closed && a.pendingAnswerDay != null && a.pendingAnswerDay <= day) {
            a.closed = true;
            a.answered = true;
            a.steps.add(new AskRule.Step(day, AskEventKind.YES, null));
        }
    }

    /** The user works through the asks Today brings back, the longest waiting first, up to the capacity. */
    private int nudge(List<Sim> asks, int day) {
        record Due(Sim ask, AskRule.Snapshot snapshot, int since) {
        }
        List<Due> due = new ArrayList<>();
        for (Sim a : asks) {
            if (a.closed || a.pendingAnswerDay != null) {
                continue;
            }
            AskRule.Snapshot s = AskRule.before(a.steps, day);
            if (s != null && s.needs(day, gap) != null) {
                int since = s.state() == AskState.PUNTED ? day - s.puntedTo() : day - s.lastActivity();
                due.add(new Due(a, s, since));
            }
        }
        due.sort(Comparator.comparingInt((Due d) -> -d.since()));
        int done = 0;
        for (Due d : due.subList(0, Math.min(capacity, due.size()))) {
            Sim a = d.ask();
            if (d.snapshot().followUps() >= dropAfter) {
                a.closed = true;
                a.steps.add(new AskRule.Step(day, AskEventKind.DROPPED, null));
                continue;
            }
            a.steps.add(new AskRule.Step(day, AskEventKind.FOLLOWED_UP, null));
            a.followUps++;
            done++;
            if (a.rolls[Math.min(a.followUps, a.rolls.length - 1)] < answerAfterFollowUp) {
                a.pendingAnswerDay = day + 1 + (int) (a.rolls[0] * 3);
            }
        }
        return done;
    }
}
