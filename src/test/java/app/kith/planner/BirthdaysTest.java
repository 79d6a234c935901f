package app.kith.planner;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.StoreTest;
import app.kith.ask.NewAsk;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.NewTouchpoint;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Birthdays on Today, on real data (TODAY is 2 March 2026). */
class BirthdaysTest extends StoreTest {

    private Person born(String name, String birthday) {
        return kith.people().add(owner(), new PersonDraft(name, null, null, null, null, null, null, birthday, null, null,
                null, null, null, null, null), TODAY.minusDays(10));
    }

    private Today on(LocalDate day) {
        return kith.planner().today(kith.accounts().owner(), day, 0);
    }

    private List<TodayItem.Birthday> birthdays(LocalDate day) {
        return on(day).items().stream().filter(i -> i instanceof TodayItem.Birthday).map(TodayItem.Birthday.class::cast)
                .toList();
    }

    @Test
    void someoneWhoseBirthdayIsTodayIsATodayItemSayingTheirNewAgeTrackedOrNot() {
        Person bea = born("Bea Birthday", "1990-03-02");
        Person noYear = born("Noa Noyear", "--03-02");
        born("Tom Tomorrow", "1990-03-03");

        List<TodayItem.Birthday> items = birthdays(TODAY);

        assertThat(items).extracting(i -> i.person().id()).containsExactly(bea.id(), noYear.id());
        TodayItem.Birthday first = items.get(0);
        assertThat(first.kind()).isEqualTo("birthday");
        assertThat(first.reason()).isEqualTo("Birthday today (turns 36)");
        assertThat(first.turns()).isEqualTo(36);
        assertThat(first.dueOn()).isEqualTo(TODAY);
        assertThat(first.rhythmDays()).isNull();
        assertThat(first.done()).isFalse();
        assertThat(items.get(1).reason()).isEqualTo("Birthday today");
        assertThat(items.get(1).turns()).isNull();
        assertThat(birthdays(TODAY.plusDays(1))).extracting(i -> i.person().id())
                .containsExactly(kith.people().search(owner(), "Tom", 1, 0).get(0).id());
    }

    @Test
    void trackedPeopleHaveTheirBirthdayInsteadOfBeingMerelyDue() {
        Person bea = kith.people().add(owner(), new PersonDraft("Bea Due", null, null, null, null, null, null,
                "1990-03-02", null, null, null, null, 30, null, null), TODAY.minusDays(60));

        assertThat(on(TODAY).items()).extracting(i -> i.kind() + " " + i.person().id()).containsExactly("birthday " + bea.id());
        assertThat(birthdays(TODAY).get(0).rhythmDays()).isEqualTo(30);
    }

    @Test
    void aTwentyNinthOfFebruaryIsOnTheTwentyEighthInOtherYears() {
        Person leap = born("Lea Leap", "1992-02-29");

        assertThat(birthdays(LocalDate.of(2026, 2, 28))).extracting(i -> i.person().id()).containsExactly(leap.id());
        assertThat(birthdays(LocalDate.of(2026, 2, 28)).get(0).reason()).isEqualTo("Birthday today (turns 34)");
        assertThat(birthdays(LocalDate.of(2028, 2, 28))).isEmpty();
        assertThat(birthdays(LocalDate.of(2028, 2, 29))).extracting(i -> i.person().id()).containsExactly(leap.id());
    }

    @Test
    void loggingSkippingOrSnoozingChecksItOffAndASnoozeBeforeTheDayHidesIt() {
        Person logged = born("Logged", "1990-03-02");
        Person skipped = born("Skipped", "1990-03-02");
        Person snoozed = born("Snoozed", "1990-03-02");
        Person asleep = born("Asleep", "1990-03-02");
        kith.clocks().snooze(owner(), asleep.id(), TODAY.plusDays(3), TODAY.minusDays(1));

        kith.touchpoints().log(owner(), new NewTouchpoint(logged.id(), TODAY, "message", "out", "Happy birthday!"), TODAY);
        kith.clocks().skip(owner(), skipped.id(), TODAY);
        kith.clocks().snooze(owner(), snoozed.id(), TODAY.plusDays(7), TODAY);

        assertThat(birthdays(TODAY)).extracting(i -> i.person().name() + " " + i.action().key())
                .containsExactly("Logged logged", "Skipped skipped", "Snoozed snoozed");
        assertThat(on(TODAY).done()).isEqualTo(3);
    }

    @Test
    void aBirthdayTakesASlotBeforeFollowUpsButNotTheirShareAndIsListedOnce() {
        Person bea = born("Bea Birthday", "1990-03-02");
        kith.touchpoints().log(owner(), new NewTouchpoint(bea.id(), TODAY.minusDays(4), "email", "in", "Lunch?"), TODAY);
        kith.people().update(owner(), bea.id(), kith.people().get(owner(), bea.id()).toDraft().withRhythm(7));
        IntStream.rangeClosed(1, 3).forEach(n -> {
            Person p = kith.people().add(owner(), PersonDraft.named("Asked " + n).withRhythm(365), TODAY.minusDays(20));
            kith.asks().ask(kith.accounts().owner(), new NewAsk(p.id(), "a favour", TODAY.minusDays(10), null), TODAY);
        });
        IntStream.rangeClosed(1, 4).forEach(n -> kith.people().add(owner(), PersonDraft.named("Due " + n).withRhythm(30),
                TODAY.minusDays(40)));

        Today today = on(TODAY);

        assertThat(today.items()).extracting(TodayItem::kind).containsExactly("birthday", "ask", "ask", "person", "person");
        assertThat(today.items()).filteredOn(i -> i.person().id() == bea.id()).hasSize(1);
    }

    @Test
    void deletedPeopleAndAnotherAccountsHaveNone() {
        Person gone = born("Gone", "1990-03-02");
        kith.people().delete(owner(), gone.id());
        long other = anotherAccount();
        kith.people().add(other, new PersonDraft("Theirs", null, null, null, null, null, null, "1980-03-02", null, null,
                null, null, null, null, null), TODAY);

        assertThat(birthdays(TODAY)).isEmpty();
        assertThat(kith.planner().today(kith.accounts().byId(other), TODAY, 0).items()).extracting(TodayItem::kind)
                .containsExactly("birthday");
    }
}
