package app.kith.touchpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.Conflict;
import app.kith.StoreTest;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Done on Today undone: the touchpoint it logged is gone and the person's clock is as it was. */
class UndoDoneTest extends StoreTest {

    private Person ada;

    /** Ada, monthly, last touched 45 days ago: 15 days overdue. */
    @BeforeEach
    void adaIsOverdue() {
        ada = kith.people().add(owner(), PersonDraft.named("Ada Lovelace").withRhythm(30), TODAY.minusDays(100));
        kith.touchpoints().log(owner(), new NewTouchpoint(ada.id(), TODAY.minusDays(45), "coffee", "out", null), TODAY);
    }

    private Touchpoint done() {
        return kith.touchpoints().log(owner(), new NewTouchpoint(ada.id(), TODAY, "call", "out", "caught up"), TODAY);
    }

    private Person ada() {
        return kith.people().get(owner(), ada.id());
    }

    @Test
    void undoingDoneRemovesItsTouchpointAndTheClockGoesBack() {
        Touchpoint logged = done();
        assertThat(ada().dueOn()).isEqualTo(TODAY.plusDays(30));

        kith.touchpoints().unlog(owner(), logged.id(), ada.id(), TODAY);

        assertThat(kith.touchpoints().ofPerson(owner(), ada.id(), 10, 0)).extracting(Touchpoint::on)
                .containsExactly(TODAY.minusDays(45));
        assertThat(ada().lastTouchOn()).isEqualTo(TODAY.minusDays(45));
        assertThat(ada().dueOn()).isEqualTo(TODAY.minusDays(15));
        assertThat(kith.planner().today(kith.accounts().byId(owner()), TODAY, 0).items()).singleElement()
                .satisfies(i -> assertThat(i.done()).isFalse());
    }

    @Test
    void aTouchpointDeletedSinceIsAConflict() {
        Touchpoint logged = done();
        kith.touchpoints().delete(owner(), logged.id());

        assertThatThrownBy(() -> kith.touchpoints().unlog(owner(), logged.id(), ada.id(), TODAY))
                .isInstanceOf(Conflict.class).hasMessage("That touchpoint was deleted since; nothing changed");
    }

    @Test
    void aTouchpointMovedToAnotherDaySinceIsAConflictAndStays() {
        Touchpoint logged = done();
        kith.touchpoints().edit(owner(), logged.id(), new TouchpointEdit(TODAY.minusDays(2), null, null, null), TODAY);

        assertThatThrownBy(() -> kith.touchpoints().unlog(owner(), logged.id(), ada.id(), TODAY))
                .isInstanceOf(Conflict.class).hasMessageContaining("changed since");
        assertThat(ada().lastTouchOn()).isEqualTo(TODAY.minusDays(2));
    }

    @Test
    void anotherAccountCannotUndoItAndItStays() {
        Touchpoint logged = done();

        assertThatThrownBy(() -> kith.touchpoints().unlog(anotherAccount(), logged.id(), ada.id(), TODAY))
                .isInstanceOf(Conflict.class);
        assertThat(ada().lastTouchOn()).isEqualTo(TODAY);
    }
}
