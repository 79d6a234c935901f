package app.kith.planner;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.wiring.Kith;
import app.kith.StoreTest;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.NewTouchpoint;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The planner on real data in a real store: what Today shows as people are added and acted on during a day. */
class PlannerStoreTest extends StoreTest {

    /** Someone on a monthly rhythm, in Kith since before today and never contacted, due {@code overdue} days ago. */
    private Person due(String name, int overdue) {
        return kith.people().add(owner(), PersonDraft.named(name).withCircles(List.of("Monthly")),
                TODAY.minusDays(30 + overdue));
    }

    private Today today() {
        return today(TODAY, 0);
    }

    private Today today(LocalDate day, int more) {
        return kith.planner().today(kith.accounts().owner(), day, more);
    }

    private static List<Long> ids(List<TodayItem> items) {
        return items.stream().map(i -> i.person().id()).toList();
    }

    private void log(Person p, LocalDate on) {
        kith.touchpoints().log(owner(), new NewTouchpoint(p.id(), on, "call", "out", null), TODAY);
    }

    @Test
    void todayNeverExceedsCapacityAndSaysWhenTheBacklogClears() {
        List<Person> people = IntStream.rangeClosed(1, 12).mapToObj(n -> due("Person " + n, n)).toList();

        Today today = today(TODAY, 3);

        assertThat(today.capacity()).isEqualTo(5);
        assertThat(ids(today.items())).containsExactly(people.get(11).id(), people.get(10).id(), people.get(9).id(),
                people.get(8).id(), people.get(7).id());
        assertThat(ids(today.more())).containsExactly(people.get(6).id(), people.get(5).id(), people.get(4).id());
        assertThat(today.due()).isEqualTo(12);
        assertThat(today.backlog()).isEqualTo(7);
        assertThat(today.backlogClearsOn()).isEqualTo(TODAY.plusDays(2));
        assertThat(today.done()).isZero();
    }

    @Test
    void aLightDaySaysWhoFallsDueNextLeavingOutTheSnoozedAndThoseOnTheList() {
        Person soon = due("Soon", -20);
        Person later = due("Later", -25);
        Person snoozed = due("Snoozed", -21);
        kith.clocks().snooze(owner(), snoozed.id(), TODAY.plusDays(60), TODAY);
        Person early = due("Early", -3);

        Today today = today();

        assertThat(ids(today.items())).containsExactly(early.id());
        assertThat(today.upcoming()).extracting(u -> u.person().id()).containsExactly(soon.id(), later.id());
        assertThat(today.upcoming().get(0).dueOn()).isEqualTo(TODAY.plusDays(20));
    }

    @Test
    void eachItemSaysWhoWhyAndSince() {
        Person ada = due("Ada Lovelace", 10);
        Person alan = kith.people().add(owner(), PersonDraft.named("Alan Turing").withCircles(List.of("Monthly"))
                .withRhythm(null), TODAY.minusDays(90));
        kith.people().update(owner(), alan.id(), new PersonDraft("Alan Turing", null, null, null, null, null, null,
                null, null, null, "connector", null, null, List.of("Monthly"), null));
        kith.touchpoints().log(owner(), new NewTouchpoint(alan.id(), TODAY.minusDays(31), "coffee", "mutual", null), TODAY);

        List<TodayItem> items = today().items();

        assertThat(items).extracting(TodayItem::kind).containsOnly("person");
        TodayItem first = items.stream().filter(i -> i.person().id() == ada.id()).findFirst().orElseThrow();
        assertThat(first.person().name()).isEqualTo("Ada Lovelace");
        assertThat(first.dueOn()).isEqualTo(TODAY.minusDays(10));
        assertThat(first.overdueDays()).isEqualTo(10);
        assertThat(first.lastTouchOn()).isNull();
        assertThat(first.reason()).isEqualTo("Added 40 days ago, not contacted yet · monthly, 10 days overdue");
        TodayItem second = items.stream().filter(i -> i.person().id() == alan.id()).findFirst().orElseThrow();
        assertThat(second.lastTouchOn()).isEqualTo(TODAY.minusDays(31));
        assertThat(second.reason()).isEqualTo("31 days since coffee · monthly, 1 day overdue · connector");
    }

    @Test
    void aPersonActedOnStaysOnTheListMarkedDoneAndNothingNewIsPulledIn() {
        kith.accounts().setCapacity(owner(), 3);
        Person first = due("First", 9);
        Person second = due("Second", 8);
        Person third = due("Third", 7);
        due("Fourth", 6);
        due("Fifth", 5);
        List<Long> asTheDayBegan = ids(today().items());
        assertThat(asTheDayBegan).containsExactly(first.id(), second.id(), third.id());

        log(first, TODAY);
        kith.clocks().skip(owner(), second.id(), TODAY);
        kith.clocks().snooze(owner(), third.id(), TODAY.plusDays(14), TODAY);

        Today after = today();
        assertThat(ids(after.items())).isEqualTo(asTheDayBegan);
        assertThat(after.items()).extracting(TodayItem::done).containsOnly(true);
        assertThat(after.items()).extracting(i -> ((TodayItem.PersonDue) i).action())
                .containsExactly(Action.LOGGED, Action.SKIPPED, Action.SNOOZED);
        assertThat(after.done()).isEqualTo(3);
        assertThat(after.backlog()).isEqualTo(2);
    }

    @Test
    void theNextDayThoseLoggedOrSnoozedAreGoneAndThoseSkippedAreBack() {
        kith.accounts().setCapacity(owner(), 3);
        Person first = due("First", 9);
        Person second = due("Second", 8);
        Person third = due("Third", 7);
        Person fourth = due("Fourth", 6);
        log(first, TODAY);
        kith.clocks().skip(owner(), second.id(), TODAY);
        kith.clocks().snooze(owner(), third.id(), TODAY.plusDays(14), TODAY);

        assertThat(ids(today(TODAY.plusDays(1), 0).items())).containsExactly(second.id(), fourth.id());
    }

    @Test
    void aPersonAddedDuringTheDayWithAnOldTouchFillsAFreeSlot() {
        Person ada = due("Ada", 3);
        Person alan = due("Alan", 2);
        assertThat(ids(today().items())).containsExactly(ada.id(), alan.id());

        Person grace = kith.people().add(owner(), PersonDraft.named("Grace").withCircles(List.of("Monthly")), TODAY);
        log(grace, TODAY.minusDays(60));
        Person linda = kith.people().add(owner(), new PersonDraft("Linda", null, null, null, null, null, null, null,
                null, null, null, null, null, List.of("Monthly"), TODAY.minusDays(45)), TODAY);
        kith.people().add(owner(), PersonDraft.named("Not due yet").withCircles(List.of("Quarterly")), TODAY);

        assertThat(ids(today().items())).containsExactly(ada.id(), alan.id(), grace.id(), linda.id());
    }

    @Test
    void aPersonAddedDuringTheDayNeverPushesOutTheListAsTheDayBegan() {
        kith.accounts().setCapacity(owner(), 2);
        Person ada = due("Ada", 3);
        Person alan = due("Alan", 2);

        Person grace = kith.people().add(owner(), PersonDraft.named("Grace").withCircles(List.of("Weekly")), TODAY);
        log(grace, TODAY.minusDays(200));

        Today today = today();
        assertThat(ids(today.items())).containsExactly(ada.id(), alan.id());
        assertThat(today.backlog()).isEqualTo(1);
    }

    @Test
    void loweringTheCapacityShortensTheListAtOnce() {
        List<Person> people = IntStream.rangeClosed(1, 5).mapToObj(n -> due("Person " + n, n)).toList();
        people.forEach(p -> log(p, TODAY));

        kith.accounts().setCapacity(owner(), 2);

        assertThat(today().items()).hasSize(2).extracting(TodayItem::done).containsOnly(true);
    }

    @Test
    void theSameDataAndDateGiveTheSameToday() {
        IntStream.rangeClosed(1, 8).forEach(n -> due("Tie " + n, 4));
        due("Ahead", 9);

        Today once = today(TODAY, 5);
        Today again = today(TODAY, 5);
        Kith rewired = Kith.wire(db, Clock.fixed(NOW.plusSeconds(3600), ZoneOffset.UTC));
        Today fromAnotherProcess = rewired.planner().today(rewired.accounts().owner(), TODAY, 5);

        assertThat(again).isEqualTo(once);
        assertThat(fromAnotherProcess).isEqualTo(once);
        List<Long> tied = ids(once.items()).subList(1, 5);
        assertThat(tied).isSorted();
    }

    @Test
    void someoneDueSoonIsPulledForwardOnALightDayButNotSomeoneDueLater() {
        Person soon = kith.people().add(owner(), PersonDraft.named("Soon").withCircles(List.of("Monthly")),
                TODAY.minusDays(27));
        kith.people().add(owner(), PersonDraft.named("Later").withCircles(List.of("Monthly")), TODAY.minusDays(10));
        kith.people().add(owner(), PersonDraft.named("Untracked"), TODAY.minusDays(400));

        Today today = today();

        assertThat(ids(today.items())).containsExactly(soon.id());
        assertThat(today.items().get(0).early()).isTrue();
        assertThat(today.items().get(0).dueOn()).isEqualTo(TODAY.plusDays(3));
        assertThat(today.due()).isZero();
        assertThat(today.backlog()).isZero();
        assertThat(today.backlogClearsOn()).isNull();
    }

    @Test
    void theRhythmBudgetSaysWhenTheRhythmsCannotBeKept() {
        IntStream.rangeClosed(1, 10).forEach(n -> kith.people().add(owner(),
                PersonDraft.named("Weekly " + n).withCircles(List.of("Weekly")), TODAY));

        assertThat(today().rhythmBudget().kept()).isTrue();
        kith.accounts().setCapacity(owner(), 1);

        RhythmBudget budget = today().rhythmBudget();
        assertThat(budget.kept()).isFalse();
        assertThat(budget.contactsPerDay()).isEqualTo(1.4);
        assertThat(budget.trackedPeople()).isEqualTo(10);
        assertThat(budget.message()).contains("cannot all be kept");
    }

    @Test
    void anotherAccountsTodayHoldsNoneOfTheOwnersPeople() {
        IntStream.rangeClosed(1, 3).forEach(n -> due("Person " + n, n));
        long other = anotherAccount();

        Today theirs = kith.planner().today(kith.accounts().byId(other), TODAY, 10);

        assertThat(theirs.items()).isEmpty();
        assertThat(theirs.more()).isEmpty();
        assertThat(theirs.due()).isZero();
        assertThat(theirs.rhythmBudget().trackedPeople()).isZero();
        assertThat(kith.planner().budget(other, 5).trackedPeople()).isZero();
        assertThat(today().items()).hasSize(3);
    }
}
