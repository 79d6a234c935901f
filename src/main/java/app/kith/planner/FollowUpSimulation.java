package app.kith.planner;

import app.kith.person.PersonClock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The same user as {@link Simulation}, on a network whose rhythms need about as many contacts a
 * day as the capacity allows, with follow-ups flowing in: the user asks something three times a
 * week, and half of the asks go unanswered, come back on Today a week later and need up to two
 * follow-ups; and a share of the user's contacts (a check-in, a follow-up, a reply) get an answer
 * a few days later, which waits for the user's reply from two days on, for the reply window (two
 * weeks) at most: a conversation goes on as long as both answer. Replying and following up are
 * contacts too. Played with follow-ups capped at their share of Today while people are due by
 * rhythm (Kith's rule) and with follow-ups first, filling the list before anyone due (the rule
 * before it), on the same days.
 */
final class FollowUpSimulation {

    static final double ASKS_A_DAY = 3 / 7.0;
    static final double ANSWERED_SHARE = 0.5;
    static final int FOLLOW_UP_GAP = 7;
    static final int REPLY_AFTER = 2;
    static final int REPLY_WINDOW = 14;
    static final int SHARE = 50;

    /** Something waiting on the user: a follow-up of an ask, or a reply owed. */
    private static final class Task {
        final long id;
        final long personId;
        final boolean reply;
        int availableDay;
        final int expiresDay;
        /** For an ask: whether the first and the second follow-up get an answer. */
        final boolean[] answered;
        int followUps;

        Task(long id, long personId, boolean reply, int availableDay, int expiresDay, boolean[] answered) {
            this.id = id;
            this.personId = personId;
            this.reply = reply;
            this.availableDay = availableDay;
            this.expiresDay = expiresDay;
            this.answered = answered;
        }
    }

    /** An ask made on a day; {@code answered} null when answered at once, else whether each follow-up is. */
    private record Asked(int day, long personId, boolean[] answered) {
    }

    private final int capacity;
    private final long seed;
    private final double replyShare;
    private final List<Simulation.Member> network;
    private final boolean[] active;
    private final List<Asked> asks;

    /** {@code replyShare}: the share of the user's contacts that get an answer. */
    FollowUpSimulation(int capacity, long seed, double replyShare, List<Simulation.Member> network, boolean[] active) {
        this.capacity = capacity;
        this.seed = seed;
        this.replyShare = replyShare;
        this.network = network;
        this.active = active;
        this.asks = asks();
    }

    SimulationReport.FollowUps run() {
        return new SimulationReport.FollowUps(network.size() + " people whose rhythms need about 4 contacts a day; the "
                + "user asks something 3 times a week (half go unanswered and need up to 2 follow-ups, a week apart) "
                + "and " + Math.round(replyShare * 100) + "% of their contacts get an answer a few days later, owed a "
                + "reply from day " + REPLY_AFTER + " to day " + REPLY_WINDOW,
                play("kith: follow-ups at most " + SHARE + "%", capacity * SHARE / 100),
                play("follow-ups first", capacity));
    }

    private List<Asked> asks() {
        SplittableRandom random = new SplittableRandom(seed + 2);
        List<Asked> result = new ArrayList<>();
        for (int day = 0; day < Simulation.DAYS; day++) {
            if (random.nextDouble() < ASKS_A_DAY) {
                long person = network.get(random.nextInt(network.size())).id;
                boolean ignored = random.nextDouble() >= ANSWERED_SHARE;
                result.add(new Asked(day, person, ignored ? new boolean[] {random.nextBoolean(), random.nextBoolean()}
                        : null));
            }
        }
        return result;
    }

    private SimulationReport.FollowUpOutcome play(String name, int followUpCap) {
        SplittableRandom random = new SplittableRandom(seed + 3);
        Map<Long, Simulation.Member> people = new HashMap<>();
        List<Simulation.Member> present = new ArrayList<>();
        for (Simulation.Member m : network) {
            Simulation.Member copy = new Simulation.Member(m.id, m.rhythm, m.why, m.createdDay, m.lastTouch, m.existing);
            people.put(copy.id, copy);
            present.add(copy);
        }
        List<Task> waiting = new ArrayList<>();
        // Answers on their way: day -> who writes.
        Map<Integer, List<Long>> answers = new HashMap<>();
        long nextTask = 1;
        int asked = 0;
        long slots = 0;
        long rhythmSlots = 0;
        long personDays = 0;
        long inRhythmDays = 0;
        int handled = 0;
        long waited = 0;
        int expired = 0;
        for (int day = 0; day < Simulation.DAYS; day++) {
            int today = day;
            for (long who : answers.getOrDefault(day, List.of())) {
                // Their answer is a contact, and waits for yours unless you are in touch first.
                people.get(who).lastTouch = day;
                waiting.removeIf(t -> t.reply && t.personId == who);
                waiting.add(new Task(nextTask++, who, true, day + REPLY_AFTER, day + REPLY_WINDOW, null));
            }
            for (; asked < asks.size() && asks.get(asked).day() == day; asked++) {
                Asked a = asks.get(asked);
                people.get(a.personId()).lastTouch = day;
                if (a.answered() != null) {
                    waiting.add(new Task(nextTask++, a.personId(), false, day + FOLLOW_UP_GAP + 1, Integer.MAX_VALUE,
                            a.answered()));
                }
            }
            expired += (int) waiting.stream().filter(t -> t.expiresDay < today).count();
            waiting.removeIf(t -> t.expiresDay < today);
            List<Task> due = waiting.stream().filter(t -> t.availableDay <= today)
                    .sorted(Comparator.comparingInt((Task t) -> t.availableDay).thenComparingLong(t -> t.id)).toList();
            Set<Long> followedUp = new HashSet<>();
            due.forEach(t -> followedUp.add(t.personId));
            List<Candidate> candidates = new ArrayList<>();
            for (Simulation.Member m : present) {
                if (!followedUp.contains(m.id)) {
                    candidates.add(Planner.candidate(new PersonClock(m.id, m.rhythm, m.lastTouch, m.startedDay, m.why,
                            m.createdDay, null, null, null), day, m.lastTouch, false));
                }
            }
            DayPlan.Result plan = DayPlan.of(day, capacity, due.size(), followUpCap, candidates, 0);
            // The share counts the days when people were due by rhythm: the days the rule is for.
            if (plan.dueCount() > 0) {
                slots += plan.followUps().size() + plan.items().size();
                rhythmSlots += plan.items().stream().filter(c -> c.dueOn(today)).count();
            }
            if (active[day]) {
                List<Long> contacted = new ArrayList<>();
                for (Task t : due.subList(0, plan.followUps().size())) {
                    handled++;
                    waited += day - t.availableDay;
                    contacted.add(t.personId);
                    if (t.reply || t.answered[t.followUps++] || t.followUps == t.answered.length) {
                        waiting.remove(t);
                    } else {
                        t.availableDay = day + FOLLOW_UP_GAP + 1;
                    }
                }
                plan.items().forEach(c -> contacted.add(c.personId()));
                for (long who : contacted) {
                    people.get(who).lastTouch = day;
                    // A reply is no longer owed to someone you have just been in touch with.
                    waiting.removeIf(t -> t.reply && t.personId == who);
                    if (random.nextDouble() < replyShare) {
                        answers.computeIfAbsent(day + 1 + random.nextInt(3), d -> new ArrayList<>()).add(who);
                    }
                }
            }
            for (Simulation.Member m : present) {
                personDays++;
                if (day - m.clock() <= Simulation.SLACK * m.rhythm) {
                    inRhythmDays++;
                }
            }
        }
        return new SimulationReport.FollowUpOutcome(name, round((double) rhythmSlots / Math.max(1, slots)),
                round((double) inRhythmDays / personDays), handled, round((double) waited / Math.max(1, handled)), expired);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
