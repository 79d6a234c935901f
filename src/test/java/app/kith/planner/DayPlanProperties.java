package app.kith.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** The planner's rule for one day, on arbitrary people. */
class DayPlanProperties {

    static final int DAY = 20_000;

    @Property
    void todayNeverExceedsCapacity(@ForAll("people") List<Candidate> people, @ForAll @IntRange(min = 1, max = 12) int capacity) {
        assertThat(DayPlan.of(DAY, capacity, people, 0).items()).hasSizeLessThanOrEqualTo(capacity);
    }

    @Property
    void theListIsFullWhileDuePeopleWait(@ForAll("people") List<Candidate> people,
                                         @ForAll @IntRange(min = 1, max = 12) int capacity) {
        DayPlan.Result plan = DayPlan.of(DAY, capacity, people, 0);
        if (plan.backlog() > 0) {
            assertThat(plan.items()).hasSize(capacity);
        }
    }

    @Property
    void nobodyIsPulledForwardWhileSomeoneDueWaits(@ForAll("people") List<Candidate> people,
                                                   @ForAll @IntRange(min = 1, max = 12) int capacity) {
        DayPlan.Result plan = DayPlan.of(DAY, capacity, people, 0);
        boolean earlyTakesASlot = plan.items().stream().anyMatch(c -> !c.dueOn(DAY) && c.action() == null);
        if (earlyTakesASlot) {
            assertThat(plan.backlog()).isZero();
        }
    }

    @Property
    void sameDataAndDayGiveTheSamePlanWhateverTheOrder(@ForAll("people") List<Candidate> people,
                                                       @ForAll @IntRange(min = 1, max = 12) int capacity,
                                                       @ForAll long shuffleSeed) {
        List<Candidate> shuffled = new ArrayList<>(people);
        Collections.shuffle(shuffled, new Random(shuffleSeed));
        assertThat(DayPlan.of(DAY, capacity, shuffled, 5)).isEqualTo(DayPlan.of(DAY, capacity, people, 5));
    }

    @Property
    void actingOnItemsNeverPullsANewItemIn(@ForAll("people") List<Candidate> people,
                                           @ForAll @IntRange(min = 1, max = 12) int capacity,
                                           @ForAll long pickSeed) {
        List<Candidate> untouched = people.stream().map(c -> withAction(c, null)).toList();
        DayPlan.Result before = DayPlan.of(DAY, capacity, untouched, 0);
        Random pick = new Random(pickSeed);
        Set<Long> acted = new HashSet<>();
        before.items().forEach(c -> {
            if (pick.nextBoolean()) {
                acted.add(c.personId());
            }
        });
        List<Candidate> after = untouched.stream()
                .map(c -> acted.contains(c.personId()) ? withAction(c, Action.values()[pick.nextInt(3)]) : c).toList();
        DayPlan.Result plan = DayPlan.of(DAY, capacity, after, 0);
        assertThat(ids(plan.items())).isEqualTo(ids(before.items()));
        assertThat(plan.items()).allMatch(c -> (c.action() != null) == acted.contains(c.personId()));
    }

    @Property
    void someoneAddedDuringTheDayOnlyTakesAFreeSlot(@ForAll("people") List<Candidate> people,
                                                    @ForAll @IntRange(min = 1, max = 12) int capacity,
                                                    @ForAll @IntRange(min = 1, max = 6) int added) {
        List<Candidate> established = people.stream().filter(c -> c.createdDay() < DAY).toList();
        DayPlan.Result before = DayPlan.of(DAY, capacity, established, 0);
        List<Candidate> withNewcomers = new ArrayList<>(established);
        for (int i = 0; i < added; i++) {
            // Overdue by far, so they would outrank everyone if they could.
            withNewcomers.add(new Candidate(1_000_000 + i, DAY - 500, 7, 1.5, DAY, false, null, true));
        }
        DayPlan.Result after = DayPlan.of(DAY, capacity, withNewcomers, 0);
        Set<Long> kept = ids(after.items());
        before.items().stream()
                .filter(c -> c.dueOn(DAY) || c.action() != null)
                .forEach(c -> assertThat(kept).contains(c.personId()));
        long newcomers = after.items().stream().filter(c -> c.createdDay() == DAY).count();
        long dueBefore = before.items().stream().filter(c -> c.dueOn(DAY) || c.action() != null).count();
        assertThat(newcomers).isEqualTo(Math.min(added, capacity - dueBefore));
    }

    @Property
    void hiddenAndNotYetAddedPeopleAreNeverListed(@ForAll("people") List<Candidate> people,
                                                  @ForAll @IntRange(min = 1, max = 12) int capacity) {
        DayPlan.Result plan = DayPlan.of(DAY, capacity, people, 12);
        assertThat(plan.items()).noneMatch(c -> c.hidden() || c.createdDay() > DAY);
        assertThat(plan.more()).noneMatch(c -> c.hidden() || c.createdDay() > DAY);
    }

    @Property
    void backlogClearsOnIsTheDaysTheBacklogNeedsAtThisCapacity(@ForAll("people") List<Candidate> people,
                                                               @ForAll @IntRange(min = 1, max = 12) int capacity) {
        DayPlan.Result plan = DayPlan.of(DAY, capacity, people, 0);
        if (plan.backlog() == 0) {
            assertThat(plan.backlogClearsOn()).isNull();
        } else {
            assertThat(plan.backlogClearsOn()).isEqualTo(DAY + (int) Math.ceil((double) plan.backlog() / capacity));
        }
    }

    @Property
    void followUpsAndPeopleTogetherNeverExceedCapacity(@ForAll("people") List<Candidate> people,
                                                       @ForAll @IntRange(min = 1, max = 12) int capacity,
                                                       @ForAll @IntRange(max = 15) int followUps,
                                                       @ForAll @IntRange(max = 100) int share) {
        DayPlan.Result plan = DayPlan.of(DAY, capacity, followUps, capacity * share / 100, people, 0);

        assertThat(plan.followUps()).hasSizeBetween(0, followUps).isSorted().doesNotHaveDuplicates()
                .allMatch(i -> i >= 0 && i < followUps);
        assertThat(plan.followUps().size() + plan.items().size()).isLessThanOrEqualTo(capacity);
    }

    @Property
    void whileSomeoneDueByRhythmWaitsFollowUpsTakeAtMostTheirShare(@ForAll("people") List<Candidate> people,
                                                                   @ForAll @IntRange(min = 1, max = 12) int capacity,
                                                                   @ForAll @IntRange(max = 15) int followUps,
                                                                   @ForAll @IntRange(max = 100) int share) {
        int cap = capacity * share / 100;
        DayPlan.Result plan = DayPlan.of(DAY, capacity, followUps, cap, people, 0);

        Set<Long> listed = ids(plan.items());
        boolean rhythmWaits = people.stream().anyMatch(c -> dueByRhythm(c) && !listed.contains(c.personId()));
        if (rhythmWaits) {
            assertThat(plan.followUps().size()).isLessThanOrEqualTo(cap);
        }
        Statistics.collect(rhythmWaits ? "someone due waits" : "nobody due waits");
        Statistics.coverage(c -> c.check("someone due waits").percentage(p -> p >= 20));
    }

    @Property
    void aFollowUpWaitsOnlyForItsShareOrForSomeoneDueByRhythm(@ForAll("people") List<Candidate> people,
                                                              @ForAll @IntRange(min = 1, max = 12) int capacity,
                                                              @ForAll @IntRange(max = 15) int followUps,
                                                              @ForAll @IntRange(max = 100) int share) {
        int cap = capacity * share / 100;
        DayPlan.Result plan = DayPlan.of(DAY, capacity, followUps, cap, people, 0);

        if (plan.followUps().size() < followUps) {
            assertThat(plan.followUps()).as("the first ones, in order").isEqualTo(IntStream.range(0, plan.followUps().size())
                    .boxed().toList());
            assertThat(plan.followUps().size()).isGreaterThanOrEqualTo(Math.min(cap, capacity));
            assertThat(plan.items()).hasSize(capacity - plan.followUps().size()).allMatch(DayPlanProperties::dueByRhythm);
        }
    }

    @Property
    void withNobodyDueByRhythmFollowUpsMayFillTheList(@ForAll("people") List<Candidate> people,
                                                      @ForAll @IntRange(min = 1, max = 12) int capacity,
                                                      @ForAll @IntRange(max = 15) int followUps,
                                                      @ForAll @IntRange(max = 100) int share) {
        List<Candidate> nobodyDue = people.stream().filter(c -> !dueByRhythm(c)).toList();

        DayPlan.Result plan = DayPlan.of(DAY, capacity, followUps, capacity * share / 100, nobodyDue, 0);

        assertThat(plan.followUps().size()).isEqualTo(Math.min(followUps, capacity));
    }

    @Property
    void actingOnItemsNeverChangesHowManyFollowUpsAreListed(@ForAll("people") List<Candidate> people,
                                                            @ForAll @IntRange(min = 1, max = 12) int capacity,
                                                            @ForAll @IntRange(max = 15) int followUps,
                                                            @ForAll @IntRange(max = 100) int share,
                                                            @ForAll long pickSeed) {
        int cap = capacity * share / 100;
        List<Candidate> untouched = people.stream().map(c -> withAction(c, null)).toList();
        DayPlan.Result before = DayPlan.of(DAY, capacity, followUps, cap, untouched, 0);
        Random pick = new Random(pickSeed);
        Set<Long> acted = new HashSet<>();
        before.items().forEach(c -> {
            if (pick.nextBoolean()) {
                acted.add(c.personId());
            }
        });
        List<Candidate> after = untouched.stream()
                .map(c -> acted.contains(c.personId()) ? withAction(c, Action.values()[pick.nextInt(3)]) : c).toList();

        DayPlan.Result plan = DayPlan.of(DAY, capacity, followUps, cap, after, 0);

        assertThat(plan.followUps().size()).isEqualTo(before.followUps().size());
        assertThat(ids(plan.items())).isEqualTo(ids(before.items()));
    }

    @Property
    void whatIsAddedDuringTheDayNeverDisplacesTheFollowUpsOrPeopleOfTheListAsTheDayBegan(
            @ForAll("people") List<Candidate> people, @ForAll @IntRange(min = 1, max = 12) int capacity,
            @ForAll("followUpDays") List<Integer> followUpsAddedOn, @ForAll @IntRange(max = 100) int share) {
        int cap = capacity * share / 100;
        List<Integer> earlier = new ArrayList<>();
        for (int i = 0; i < followUpsAddedOn.size(); i++) {
            if (followUpsAddedOn.get(i) < DAY) {
                earlier.add(i);
            }
        }
        List<Candidate> established = people.stream().filter(c -> c.createdDay() < DAY).toList();
        DayPlan.Result asTheDayBegan = DayPlan.of(DAY, capacity, earlier.size(), cap, established, 0);

        DayPlan.Result now = DayPlan.of(DAY, capacity, followUpsAddedOn, cap, people, 0);

        List<Integer> stillListed = asTheDayBegan.followUps().stream().map(earlier::get).toList();
        assertThat(now.followUps()).containsAll(stillListed);
        Set<Long> kept = ids(now.items());
        asTheDayBegan.items().stream().filter(c -> c.dueOn(DAY) || c.action() != null)
                .forEach(c -> assertThat(kept).contains(c.personId()));
        assertThat(now.followUps().size() + now.items().size()).isLessThanOrEqualTo(capacity);
    }

    @Property
    void onAFirstDayEverythingAddedSharesTheListByTheSameRule(@ForAll @IntRange(min = 1, max = 12) int capacity,
                                                              @ForAll @IntRange(max = 15) int followUps,
                                                              @ForAll @IntRange(min = 1, max = 15) int due,
                                                              @ForAll @IntRange(max = 100) int share) {
        int cap = capacity * share / 100;
        List<Candidate> addedToday = IntStream.range(0, due)
                .mapToObj(i -> new Candidate(i + 1, DAY - 100, 30, 1.0, DAY, false, null, true)).toList();

        DayPlan.Result plan = DayPlan.of(DAY, capacity, Collections.nCopies(followUps, DAY), cap, addedToday, 0);

        assertThat(plan.followUps()).hasSize(Math.min(followUps, Math.min(capacity, Math.max(cap, capacity - due))));
        assertThat(plan.items()).hasSize(Math.min(due, capacity - plan.followUps().size()));
    }

    @Provide
    Arbitrary<List<Integer>> followUpDays() {
        return Arbitraries.of(DAY - 300, DAY - 1, DAY).list().ofMaxSize(15);
    }

    /** Due on the day and in Kith before it, not hidden: someone the rhythm asks for today. */
    static boolean dueByRhythm(Candidate c) {
        return c.dueOn(DAY) && c.createdDay() < DAY && !c.hidden();
    }

    static Set<Long> ids(List<Candidate> items) {
        Set<Long> ids = new HashSet<>();
        items.forEach(c -> ids.add(c.personId()));
        return ids;
    }

    static Candidate withAction(Candidate c, Action action) {
        return new Candidate(c.personId(), c.clockDay(), c.rhythmDays(), c.weight(), c.createdDay(), c.hidden(), action,
                c.touchedBefore());
    }

    @Provide
    Arbitrary<List<Candidate>> people() {
        Arbitrary<Integer> rhythm = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of(7, 14, 30, 90, 365)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 400)));
        Arbitrary<Candidate> one = Combinators.combine(
                        Arbitraries.integers().between(-800, 60),
                        rhythm,
                        Arbitraries.of(1.0, 1.25, 1.5),
                        Arbitraries.integers().between(-600, 2),
                        Arbitraries.integers().between(0, 9),
                        Arbitraries.integers().between(0, 19))
                .as((clock, r, weight, created, hiddenDie, actionDie) -> new Candidate(0, DAY + clock, r, weight,
                        DAY + created, hiddenDie == 0, actionDie < 3 ? Action.values()[actionDie] : null, clock % 2 == 0));
        return one.list().ofMaxSize(40).map(list -> {
            List<Candidate> numbered = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Candidate c = list.get(i);
                numbered.add(new Candidate(i + 1, c.clockDay(), c.rhythmDays(), c.weight(), c.createdDay(), c.hidden(),
                        c.action(), c.touchedBefore()));
            }
            return numbered;
        });
    }
}
