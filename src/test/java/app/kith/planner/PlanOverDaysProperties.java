package app.kith.planner;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.person.PersonClock;
import app.kith.person.Why;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The planner over several days, on an in-memory network whose people reach the rule through the
 * same {@link Planner#candidate} step as the stored ones.
 */
class PlanOverDaysProperties {

    static final int DAY = 20_000;

    /** A person of the in-memory network: their clock and every day they were touched. */
    record Member(long id, int rhythm, Why why, int startedDay, List<Integer> touches) {

        Integer lastBefore(int day) {
            return touches.stream().filter(t -> t < day).max(Integer::compare).orElse(null);
        }

        Candidate on(int day) {
            Integer last = touches.stream().max(Integer::compare).orElse(null);
            PersonClock clock = new PersonClock(id, rhythm, last, startedDay, why, startedDay, null, null, null);
            return Planner.candidate(clock, day, lastBefore(day), touches.contains(day));
        }

        /** The same, with a new job learnt on {@code learnt}: a reason while in its window and not followed by a touch. */
        Candidate on(int day, int learnt) {
            Integer last = touches.stream().max(Integer::compare).orElse(null);
            PersonClock clock = new PersonClock(id, rhythm, last, startedDay, why, startedDay, null, null, null);
            return Planner.candidate(clock, day, lastBefore(day), touches.contains(day),
                    JobNews.dayOf(learnt, day, lastBefore(day)));
        }
    }

    static List<Candidate> candidates(List<Member> network, int day) {
        return network.stream().map(m -> m.on(day)).toList();
    }

    @Property
    void aPersonTouchedOnADayIsCheckedOffAndNotDueAgainUntilTheirRhythmHasPassed(
            @ForAll("networks") List<Member> network, @ForAll @IntRange(min = 1, max = 8) int capacity,
            @ForAll @IntRange(min = 0, max = 1_000) int pick) {
        Member touched = network.get(pick % network.size());
        Set<Long> listedBefore = DayPlanProperties.ids(DayPlan.of(DAY, capacity, candidates(network, DAY), 0).items());
        touched.touches().add(DAY);

        DayPlan.Result sameDay = DayPlan.of(DAY, capacity, candidates(network, DAY), 0);
        if (listedBefore.contains(touched.id())) {
            assertThat(sameDay.items()).filteredOn(c -> c.personId() == touched.id())
                    .singleElement().matches(c -> c.action() == Action.LOGGED);
        }
        assertThat(DayPlanProperties.ids(sameDay.items())).isEqualTo(listedBefore);

        int rhythm = touched.rhythm();
        for (int day = DAY + 1; day < DAY + rhythm; day++) {
            Candidate seen = touched.on(day);
            assertThat(seen.dueOn(day)).isFalse();
            boolean listed = DayPlanProperties.ids(DayPlan.of(day, capacity, candidates(network, day), 0).items())
                    .contains(touched.id());
            if (listed) {
                // Only as a head start on a light day, and no earlier than the pull-forward window allows.
                assertThat(day).isGreaterThanOrEqualTo(DAY + rhythm - DayPlan.pullForwardDays(rhythm));
            }
        }
        assertThat(touched.on(DAY + rhythm).dueOn(DAY + rhythm)).isTrue();
    }

    /**
     * When nothing else changes (the user does each day's list, nobody else falls due in the
     * meantime, and nobody contacted falls due again before the backlog is through), everyone due
     * today is on a list within ceil(backlog / capacity) days.
     */
    @Property
    void everyDuePersonAppearsWithinBacklogOverCapacityDays(@ForAll("crowdedNetworks") List<Member> generated,
                                                            @ForAll @IntRange(min = 1, max = 8) int capacity) {
        DayPlan.Result today = DayPlan.of(DAY, capacity, candidates(generated, DAY), 0);
        int horizon = today.backlog() == 0 ? 0 : today.backlogClearsOn() - DAY;
        List<Member> network = generated.stream()
                .filter(m -> m.on(DAY).dueOn(DAY) || m.on(DAY).dueDay() > DAY + horizon)
                .toList();
        Set<Long> dueToday = new HashSet<>();
        network.stream().filter(m -> m.on(DAY).dueOn(DAY)).forEach(m -> dueToday.add(m.id()));
        Assume.that(network.stream().filter(m -> dueToday.contains(m.id())).allMatch(m -> m.rhythm() > horizon));

        Set<Long> seen = new HashSet<>();
        for (int day = DAY; day <= DAY + horizon; day++) {
            for (Candidate c : DayPlan.of(day, capacity, candidates(network, day), 0).items()) {
                seen.add(c.personId());
                Member m = byId(network).get(c.personId());
                if (!m.touches().contains(day)) {
                    m.touches().add(day);
                }
            }
        }
        assertThat(seen).containsAll(dueToday);
        Statistics.collect(horizon > 0 ? "backlog" : "no backlog");
        Statistics.coverage(c -> c.check("backlog").percentage(p -> p >= 20));
    }

    @Property
    void theSameNetworkAndDayGiveTheSamePlan(@ForAll("networks") List<Member> network,
                                             @ForAll @IntRange(min = 1, max = 8) int capacity,
                                             @ForAll @IntRange(min = -30, max = 30) int offset) {
        int day = DAY + offset;
        assertThat(DayPlan.of(day, capacity, candidates(network, day), 10))
                .isEqualTo(DayPlan.of(day, capacity, candidates(network, day), 10));
    }

    /**
     * With room for everyone and the list done each day, a new job puts its person on the list once,
     * on the day it was learnt (a slot is free), and never again after that contact.
     */
    @Property
    void aJobChangeIsListedOnceInItsWindowAndNeverAfterContact(@ForAll("networks") List<Member> network,
                                                              @ForAll @IntRange(min = 0, max = 1_000) int pick,
                                                              @ForAll @IntRange(min = -20, max = 0) int learntOffset) {
        Member changed = network.get(pick % network.size());
        int learnt = DAY + learntOffset;
        Assume.that(learnt >= changed.startedDay());
        int capacity = network.size();
        List<Integer> listedAsNews = new ArrayList<>();
        for (int day = learnt - 3; day < learnt + JobNews.DAYS + 5; day++) {
            int d = day;
            List<Candidate> today = network.stream().map(m -> m == changed ? m.on(d, learnt) : m.on(d)).toList();
            DayPlan.Result plan = DayPlan.of(day, capacity, today, 0);
            assertThat(plan.items()).extracting(Candidate::personId).doesNotHaveDuplicates();
            if (DayPlanProperties.ids(plan.items()).contains(changed.id())
                    && JobNews.dayOf(learnt, day, changed.lastBefore(day)) != null) {
                listedAsNews.add(day);
            }
            for (Candidate c : plan.items()) {
                byId(network).get(c.personId()).touches().add(day);
            }
        }
        assertThat(listedAsNews).containsExactly(learnt);
        assertThat(changed.touches()).contains(learnt);
    }

    /** Outside its window, or once you were in touch after it, a job change changes nothing about the person. */
    @Property
    void aJobChangeOutsideItsWindowOrAnsweredChangesNothing(@ForAll("networks") List<Member> network,
                                                           @ForAll @IntRange(min = 0, max = 1_000) int pick,
                                                           @ForAll @IntRange(min = -40, max = 10) int learntOffset,
                                                           @ForAll @IntRange(min = -30, max = 30) int dayOffset) {
        Member m = network.get(pick % network.size());
        int learnt = DAY + learntOffset;
        int day = DAY + dayOffset;
        Integer lastBefore = m.lastBefore(day);
        boolean stale = day < learnt || day - learnt >= JobNews.DAYS || lastBefore != null && lastBefore >= learnt;
        if (stale) {
            assertThat(m.on(day, learnt)).isEqualTo(m.on(day));
        } else {
            assertThat(m.on(day, learnt).dueOn(day)).isTrue();
            assertThat(m.on(day, learnt).priority(day)).isGreaterThanOrEqualTo(m.on(day).priority(day));
        }
    }

    /** A job change learnt during the day only takes a free slot: the list as the day began stays. */
    @Property
    void aJobChangeLearntDuringTheDayNeverDisplacesTheListAsTheDayBegan(@ForAll("crowdedNetworks") List<Member> network,
                                                                       @ForAll @IntRange(min = 1, max = 8) int capacity,
                                                                       @ForAll @IntRange(min = 0, max = 1_000) int pick) {
        Member changed = network.get(pick % network.size());
        DayPlan.Result asTheDayBegan = DayPlan.of(DAY, capacity, candidates(network, DAY), 0);
        List<Candidate> now = network.stream().map(m -> m == changed ? m.on(DAY, DAY) : m.on(DAY)).toList();

        DayPlan.Result plan = DayPlan.of(DAY, capacity, now, 0);

        Set<Long> kept = DayPlanProperties.ids(plan.items());
        asTheDayBegan.items().stream().filter(c -> c.dueOn(DAY)).forEach(c -> assertThat(kept).contains(c.personId()));
        assertThat(plan.items()).hasSizeLessThanOrEqualTo(capacity);
    }

    static Map<Long, Member> byId(List<Member> network) {
        Map<Long, Member> map = new HashMap<>();
        network.forEach(m -> map.put(m.id(), m));
        return map;
    }

    @Provide
    Arbitrary<List<Member>> networks() {
        return networks(Arbitraries.of(1, 2, 7, 14, 30, 90, 365).injectDuplicates(0.5), 1, 30);
    }

    /** Networks where many are due at once: the backlog case. */
    @Provide
    Arbitrary<List<Member>> crowdedNetworks() {
        return networks(Arbitraries.of(14, 30, 90, 365).injectDuplicates(0.5), 10, 40);
    }

    private static Arbitrary<List<Member>> networks(Arbitrary<Integer> rhythms, int min, int max) {
        Arbitrary<Member> one = Combinators.combine(
                        rhythms,
                        Arbitraries.of(Why.AWESOME, Why.CONNECTOR, Why.BOTH).injectNull(0.6),
                        Arbitraries.integers().between(-700, -1),
                        Arbitraries.integers().between(-700, -1).list().ofMaxSize(4))
                .as((rhythm, why, started, touches) -> new Member(0, rhythm, why, DAY + started,
                        new ArrayList<>(touches.stream().map(t -> DAY + t).toList())));
        return one.list().ofMinSize(min).ofMaxSize(max).map(list -> {
            List<Member> numbered = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Member m = list.get(i);
                numbered.add(new Member(i + 1, m.rhythm(), m.why(), m.startedDay(), new ArrayList<>(m.touches())));
            }
            return numbered;
        });
    }
}
