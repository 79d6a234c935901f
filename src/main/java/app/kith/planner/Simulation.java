package app.kith.planner;

import app.kith.person.PersonClock;
import app.kith.person.Why;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A year of a user who does the list on 80% of days and takes a two-week holiday, planned by
 * Kith's planner and by the naive "everyone overdue, oldest first" list that most tools show.
 * The user has the same energy under both: on an active day they contact the first
 * {@code capacity} people of whatever list they are shown.
 */
public final class Simulation {

    static final int DAYS = 365;
    static final double ACTIVE_SHARE = 0.8;
    static final int HOLIDAY_START = 150;
    static final int HOLIDAY_DAYS = 14;
    /** The share of the user's contacts that get an answer, in the follow-up scenario. */
    static final double REPLY_SHARE = 0.4;
    /** A contact counts as in rhythm when it comes within the rhythm plus this slack. */
    static final double SLACK = 1.25;

    /** A simulated person; {@code lastTouch} is null until their first contact. */
    static final class Member {
        final long id;
        final int rhythm;
        final Why why;
        final int createdDay;
        final int startedDay;
        final boolean existing;
        Integer lastTouch;

        Member(long id, int rhythm, Why why, int createdDay, Integer lastTouch, boolean existing) {
            this.id = id;
            this.rhythm = rhythm;
            this.why = why;
            this.createdDay = createdDay;
            this.startedDay = createdDay;
            this.lastTouch = lastTouch;
            this.existing = existing;
        }

        int clock() {
            return lastTouch != null ? lastTouch : startedDay;
        }

        int dueDay() {
            return clock() + rhythm;
        }
    }

    /** A scenario: people present from the start, and people imported on a later day. */
    record Setup(String name, String description, List<Member> start, int importDay, List<Member> imported) {
    }

    /** A planner under test: its name and the list it shows on a day. */
    private record Policy(String name, ListRule rule) {
    }

    private interface ListRule {
        List<Member> list(List<Member> present, int day, int capacity);
    }

    private final int capacity;
    private final long seed;

    public Simulation(int capacity, long seed) {
        this.capacity = capacity;
        this.seed = seed;
    }

    public SimulationReport run() {
        boolean[] active = activeDays(seed);
        List<SimulationReport.Scenario> scenarios = new ArrayList<>();
        for (Setup setup : List.of(network(), networkAndImport())) {
            Outcomes kith = play(setup, active, kith());
            Outcomes naive = play(setup, active, naive());
            boolean hasImport = !setup.imported().isEmpty();
            scenarios.add(new SimulationReport.Scenario(setup.name(), setup.description(),
                    setup.start().size() + setup.imported().size(), kith.all, naive.all,
                    hasImport ? kith.existing : null, hasImport ? naive.existing : null));
        }
        SimulationReport.FollowUps followUps = new FollowUpSimulation(capacity, seed, REPLY_SHARE, busier(), active)
                .run();
        return new SimulationReport(capacity, DAYS, ACTIVE_SHARE, scenarios, followUps);
    }

    /** The days the user does the list: 80% of days, never during the holiday; the same for every planner. */
    static boolean[] activeDays(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        boolean[] active = new boolean[DAYS];
        for (int d = 0; d < DAYS; d++) {
            active[d] = random.nextDouble() < ACTIVE_SHARE && (d < HOLIDAY_START || d >= HOLIDAY_START + HOLIDAY_DAYS);
        }
        return active;
    }

    /** 150 people in circles: 5 weekly, 15 monthly, 50 quarterly, 80 yearly, last touched within their rhythm. */
    Setup network() {
        return new Setup("network",
                "150 people in circles (5 weekly, 15 monthly, 50 quarterly, 80 yearly) for a year; the user does the list "
                        + "on 80% of days and takes two weeks off (days " + HOLIDAY_START + "-" + (HOLIDAY_START + HOLIDAY_DAYS - 1) + ")",
                circles(new SplittableRandom(seed + 1)), 0, List.of());
    }

    /** The same network, and 800 people imported in one day with a monthly rhythm. */
    Setup networkAndImport() {
        List<Member> imported = new ArrayList<>();
        int importDay = 60;
        for (int i = 0; i < 800; i++) {
            imported.add(new Member(1_000 + i, 30, null, importDay, null, false));
        }
        return new Setup("import",
                "the same network, plus 800 people imported on day " + importDay
                        + " with a monthly rhythm (never contacted yet)",
                circles(new SplittableRandom(seed + 1)), importDay, imported);
    }

    /**
     * The network with 60 more monthly people: its rhythms need about 4 contacts a day, near the
     * capacity of 5, as they do for someone who sized their capacity to their network.
     */
    List<Member> busier() {
        List<Member> people = new ArrayList<>(circles(new SplittableRandom(seed + 1)));
        SplittableRandom random = new SplittableRandom(seed + 3);
        for (int i = 0; i < 60; i++) {
            people.add(new Member(500 + i, 30, null, -400, -random.nextInt(30), true));
        }
        return people;
    }

    static List<Member> circles(SplittableRandom random) {
        List<Member> people = new ArrayList<>();
        int[][] groups = {{5, 7}, {15, 30}, {50, 90}, {80, 365}};
        long id = 1;
        for (int[] group : groups) {
            for (int i = 0; i < group[0]; i++) {
                int rhythm = group[1];
                double r = random.nextDouble();
                Why why = r < 0.1 ? Why.AWESOME : r < 0.2 ? Why.CONNECTOR : r < 0.25 ? Why.BOTH : null;
                // Steady state: everyone was last touched somewhere within their rhythm before day 0.
                people.add(new Member(id++, rhythm, why, -400, -random.nextInt(rhythm), true));
            }
        }
        return people;
    }

    private record Outcomes(SimulationReport.Outcome all, SimulationReport.Outcome existing) {
    }

    private Outcomes play(Setup setup, boolean[] active, Policy policy) {
        List<Member> present = new ArrayList<>();
        for (Member m : setup.start()) {
            present.add(new Member(m.id, m.rhythm, m.why, m.createdDay, m.lastTouch, m.existing));
        }
        Tally all = new Tally();
        Tally existing = new Tally();
        int largest = 0;
        int empty = 0;
        long shown = 0;
        for (int day = 0; day < DAYS; day++) {
            if (day == setup.importDay()) {
                for (Member m : setup.imported()) {
                    present.add(new Member(m.id, m.rhythm, m.why, m.createdDay, m.lastTouch, m.existing));
                }
            }
            List<Member> list = policy.rule().list(present, day, capacity);
            largest = Math.max(largest, list.size());
            shown += list.size();
            if (list.isEmpty()) {
                empty++;
            }
            if (active[day]) {
                for (Member m : list.subList(0, Math.min(capacity, list.size()))) {
                    boolean inRhythm = day - m.clock() <= SLACK * m.rhythm;
                    all.contact(inRhythm);
                    if (m.existing) {
                        existing.contact(inRhythm);
                    }
                    m.lastTouch = day;
                }
            }
            for (Member m : present) {
                boolean inRhythm = day - m.clock() <= SLACK * m.rhythm;
                all.day(inRhythm);
                if (m.existing) {
                    existing.day(inRhythm);
                }
            }
        }
        int never = (int) present.stream().filter(m -> m.lastTouch == null).count();
        int neverExisting = (int) present.stream().filter(m -> m.existing && m.lastTouch == null).count();
        String name = policy.name();
        return new Outcomes(all.outcome(name, largest, (double) shown / DAYS, empty, never),
                existing.outcome(name, largest, (double) shown / DAYS, empty, neverExisting));
    }

    /** Kith's planner: exactly the rule that plans Today. */
    private static Policy kith() {
        return new Policy("kith", (present, day, cap) -> {
            List<Candidate> candidates = new ArrayList<>(present.size());
            Map<Long, Member> byId = new HashMap<>();
            for (Member m : present) {
                byId.put(m.id, m);
                PersonClock clock = new PersonClock(m.id, m.rhythm, m.lastTouch, m.startedDay, m.why, m.createdDay,
                        null, null, null);
                candidates.add(Planner.candidate(clock, day, m.lastTouch, false));
            }
            return DayPlan.of(day, cap, candidates, 0).items().stream().map(c -> byId.get(c.personId())).toList();
        });
    }

    /** Everyone overdue, the longest overdue first, with no cap. */
    private static Policy naive() {
        return new Policy("naive", (present, day, cap) -> present.stream()
                .filter(m -> m.dueDay() <= day)
                .sorted(Comparator.comparingInt(Member::dueDay).thenComparingLong(m -> m.id))
                .toList());
    }

    private static final class Tally {
        int contacts;
        int inRhythm;
        long personDays;
        long personDaysInRhythm;

        void contact(boolean inRhythm) {
            contacts++;
            if (inRhythm) {
                this.inRhythm++;
            }
        }

        void day(boolean inRhythm) {
            personDays++;
            if (inRhythm) {
                personDaysInRhythm++;
            }
        }

        SimulationReport.Outcome outcome(String planner, int largest, double meanList, int empty, int never) {
            return new SimulationReport.Outcome(planner, contacts, inRhythm,
                    contacts == 0 ? 0 : round((double) inRhythm / contacts),
                    personDays == 0 ? 0 : round((double) personDaysInRhythm / personDays), largest, round(meanList), empty,
                    never);
        }

        private static double round(double v) {
            return Math.round(v * 1000) / 1000.0;
        }
    }
}
