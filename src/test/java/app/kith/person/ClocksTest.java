package app.kith.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.kith.Invalid;
import app.kith.StoreTest;
import app.kith.planner.Action;
import app.kith.planner.Today;
import app.kith.planner.TodayItem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Snoozes and skips move a person's clock, and Today follows; clocks are read for the account's tracked people only. */
class ClocksTest extends StoreTest {

    /** Someone in Kith for 40 days on a monthly rhythm, never contacted: due ten days ago. */
    private Person due(String name) {
        return kith.people().add(owner(), PersonDraft.named(name).withCircles(List.of("Monthly")), TODAY.minusDays(40));
    }

    private Today today(LocalDate day) {
        return kith.planner().today(kith.accounts().owner(), day, 0);
    }

    private List<Long> onToday(LocalDate day) {
        return today(day).items().stream().map(i -> i.person().id()).toList();
    }

    @Test
    void aSnoozedPersonIsHiddenUntilTheDate() {
        Person ada = due("Ada");
        LocalDate back = TODAY.plusDays(7);

        Person snoozed = kith.clocks().snooze(owner(), ada.id(), back, TODAY);

        assertThat(snoozed.snoozedUntil()).isEqualTo(back);
        TodayItem item = today(TODAY).items().get(0);
        assertThat(item.person().id()).isEqualTo(ada.id());
        assertThat(item.done()).isTrue();
        assertThat(((TodayItem.PersonDue) item).action()).isEqualTo(Action.SNOOZED);
        assertThat(onToday(TODAY.plusDays(1))).isEmpty();
        assertThat(onToday(back.minusDays(1))).isEmpty();
        assertThat(onToday(back)).containsExactly(ada.id());
    }

    @Test
    void aSnoozeCanBeLiftedAndMustEndAfterToday() {
        Person ada = due("Ada");
        kith.clocks().snooze(owner(), ada.id(), TODAY.plusDays(7), TODAY);

        assertThatThrownBy(() -> kith.clocks().snooze(owner(), ada.id(), TODAY, TODAY))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("until"));
        assertThat(kith.people().get(owner(), ada.id()).snoozedUntil()).isEqualTo(TODAY.plusDays(7));

        assertThat(kith.clocks().snooze(owner(), ada.id(), null, TODAY.plusDays(1)).snoozedUntil()).isNull();
        assertThat(onToday(TODAY.plusDays(2))).containsExactly(ada.id());
    }

    @Test
    void aSkippedPersonIsDoneTodayAndBackTomorrow() {
        Person ada = due("Ada");

        kith.clocks().skip(owner(), ada.id(), TODAY);

        TodayItem item = today(TODAY).items().get(0);
        assertThat(item.person().id()).isEqualTo(ada.id());
        assertThat(item.done()).isTrue();
        assertThat(((TodayItem.PersonDue) item).action()).isEqualTo(Action.SKIPPED);
        TodayItem tomorrow = today(TODAY.plusDays(1)).items().get(0);
        assertThat(tomorrow.person().id()).isEqualTo(ada.id());
        assertThat(tomorrow.done()).isFalse();
    }

    @Test
    void clocksOfGivesOnlyTheAccountsLivingTrackedPeople() {
        Person ada = due("Ada");
        Person loose = kith.people().add(owner(), PersonDraft.named("Lou Loose"), TODAY);
        Person gone = due("Gil Gone");
        kith.people().delete(owner(), gone.id());
        long other = anotherAccount();

        assertThat(kith.clocks().clocksOf(owner(), List.of(ada.id(), loose.id(), gone.id())))
                .extracting(PersonClock::personId, PersonClock::rhythmDays).containsExactly(tuple(ada.id(), 30));
        assertThat(kith.clocks().clocksOf(other, List.of(ada.id()))).isEmpty();
        assertThat(kith.clocks().clocksOf(owner(), List.of())).isEmpty();
    }
}
