package app.kith.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.Conflict;
import app.kith.NotFound;
import app.kith.StoreTest;
import app.kith.planner.TodayItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A skip or a snooze on Today undone: the person's marks as they were before it, Today following. */
class UndoSkipAndSnoozeTest extends StoreTest {

    private Person ada;

    /** Ada, monthly, added 100 days ago and never touched: due today. */
    @BeforeEach
    void adaIsDue() {
        ada = kith.people().add(owner(), PersonDraft.named("Ada Lovelace").withRhythm(30), TODAY.minusDays(100));
    }

    private Marks marks() {
        Map<String, Object> row = sql().sql("SELECT skipped_on, snoozed_on, snoozed_until FROM person WHERE id = :id")
                .param("id", ada.id()).query().singleRow();
        return Marks.of(day(row.get("skipped_on")), day(row.get("snoozed_on")), day(row.get("snoozed_until")));
    }

    private static Integer day(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private List<TodayItem> today() {
        return kith.planner().today(kith.accounts().byId(owner()), TODAY, 0).items();
    }

    @Test
    void undoingASkipPutsBackTheSkipBeforeItAndTheItemIsOpenAgain() {
        kith.clocks().skip(owner(), ada.id(), TODAY.minusDays(5));
        Marks before = marks();

        MarksChange skipped = kith.clocks().skipWithUndo(owner(), ada.id(), TODAY);
        assertThat(today()).singleElement().satisfies(i -> assertThat(i.done()).isTrue());

        kith.clocks().unmark(owner(), skipped);

        assertThat(marks()).isEqualTo(before).isEqualTo(new Marks(TODAY.minusDays(5), null, null));
        assertThat(today()).singleElement().satisfies(i -> assertThat(i.done()).isFalse());
    }

    @Test
    void undoingASnoozePutsBackTheEarlierSnoozeNotNothing() {
        kith.clocks().snooze(owner(), ada.id(), TODAY.minusDays(1), TODAY.minusDays(20));
        Marks before = marks();
        assertThat(before).isEqualTo(new Marks(null, TODAY.minusDays(20), TODAY.minusDays(1)));

        MarksChange snoozed = kith.clocks().snoozeWithUndo(owner(), ada.id(), TODAY.plusWeeks(1), TODAY);
        assertThat(snoozed.after()).isEqualTo(new Marks(null, TODAY, TODAY.plusWeeks(1)));

        Person back = kith.clocks().unmark(owner(), snoozed);

        assertThat(marks()).isEqualTo(before);
        assertThat(back.snoozedUntil()).isEqualTo(TODAY.minusDays(1));
        assertThat(today()).singleElement().satisfies(i -> assertThat(i.done()).isFalse());
    }

    @Test
    void aSnoozeChangedSinceIsAConflictAndNothingChanges() {
        MarksChange snoozed = kith.clocks().snoozeWithUndo(owner(), ada.id(), TODAY.plusWeeks(1), TODAY);
        kith.clocks().snooze(owner(), ada.id(), TODAY.plusMonths(2), TODAY);
        Marks now = marks();

        assertThatThrownBy(() -> kith.clocks().unmark(owner(), snoozed)).isInstanceOf(Conflict.class)
                .hasMessage("Ada Lovelace is snoozed until " + TODAY.plusMonths(2) + " since; nothing changed");
        assertThat(marks()).isEqualTo(now);
    }

    @Test
    void undoingTwiceIsAConflictTheSecondTime() {
        MarksChange skipped = kith.clocks().skipWithUndo(owner(), ada.id(), TODAY);
        kith.clocks().unmark(owner(), skipped);

        assertThatThrownBy(() -> kith.clocks().unmark(owner(), skipped)).isInstanceOf(Conflict.class)
                .hasMessageContaining("nothing changed");
        assertThat(marks()).isEqualTo(new Marks(null, null, null));
    }

    @Test
    void anotherAccountsPersonIsNotFoundAndKeepsTheirMarks() {
        MarksChange skipped = kith.clocks().skipWithUndo(owner(), ada.id(), TODAY);

        assertThatThrownBy(() -> kith.clocks().unmark(anotherAccount(), skipped)).isInstanceOf(NotFound.class);
        assertThat(marks()).isEqualTo(skipped.after());
    }
}
