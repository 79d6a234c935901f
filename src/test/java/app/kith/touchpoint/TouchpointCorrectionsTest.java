package app.kith.touchpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.Invalid;
import app.kith.NotFound;
import app.kith.StoreTest;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A touchpoint logged by mistake is edited or deleted, and the person's clock follows exactly. */
class TouchpointCorrectionsTest extends StoreTest {

    private Person ada;

    /** Ada, monthly, in Kith since 100 days ago (due 70 days ago when never touched). */
    @BeforeEach
    void adaIsThere() {
        ada = kith.people().add(owner(), PersonDraft.named("Ada Lovelace").withCircles(List.of("Monthly")),
                TODAY.minusDays(100));
    }

    private Touchpoint log(LocalDate on, String direction, String note) {
        return kith.touchpoints().log(owner(), new NewTouchpoint(ada.id(), on, "coffee", direction, note), TODAY);
    }

    private Touchpoint edit(Touchpoint t, TouchpointEdit edit) {
        return kith.touchpoints().edit(owner(), t.id(), edit, TODAY);
    }

    private Person ada() {
        return kith.people().get(owner(), ada.id());
    }

    /** What the store keeps of Ada's clock, the sides included (which replies on Today read). */
    private Map<String, Object> clock() {
        return sql().sql("SELECT last_touch_day, last_in_day, last_out_day, due_day FROM person WHERE id = :id")
                .param("id", ada.id()).query().singleRow();
    }

    @Test
    void editingTheDateBackMovesTheClockBack() {
        Touchpoint t = log(TODAY.minusDays(2), "out", null);
        assertThat(ada().dueOn()).isEqualTo(TODAY.plusDays(28));

        Touchpoint edited = edit(t, new TouchpointEdit(TODAY.minusDays(10), null, null, null));

        assertThat(edited.on()).isEqualTo(TODAY.minusDays(10));
        assertThat(ada().lastTouchOn()).isEqualTo(TODAY.minusDays(10));
        assertThat(ada().dueOn()).isEqualTo(TODAY.plusDays(20));
    }

    @Test
    void editingAnOlderTouchpointForwardMovesTheClockForward() {
        Touchpoint older = log(TODAY.minusDays(40), "out", null);
        log(TODAY.minusDays(20), "out", null);

        edit(older, new TouchpointEdit(TODAY.minusDays(1), null, null, null));

        assertThat(ada().lastTouchOn()).isEqualTo(TODAY.minusDays(1));
        assertThat(ada().dueOn()).isEqualTo(TODAY.plusDays(29));
    }

    @Test
    void anEditChangesOnlyWhatItGivesAndAnEmptyNoteClearsTheNote() {
        Touchpoint t = log(TODAY.minusDays(3), "out", "Talked about engines");

        Touchpoint viaCall = edit(t, new TouchpointEdit(null, "call", null, null));
        assertThat(viaCall).isEqualTo(new Touchpoint(t.id(), ada.id(), TODAY.minusDays(3), Channel.CALL, Direction.OUT,
                "Talked about engines", t.createdAt()));

        Touchpoint cleared = edit(t, new TouchpointEdit(null, null, null, "  "));
        assertThat(cleared.note()).isNull();
        assertThat(kith.touchpoints().get(owner(), t.id())).isEqualTo(cleared);
        assertThat(kith.touchpoints().ofPerson(owner(), ada.id(), 10, 0)).containsExactly(cleared);
    }

    @Test
    void changingWhoReachedOutMovesTheirSideOfTheClock() {
        Touchpoint t = log(TODAY.minusDays(3), "out", null);
        assertThat(clock().get("last_in_day")).isNull();

        edit(t, new TouchpointEdit(null, null, "in", null));

        Map<String, Object> clock = clock();
        assertThat(((Number) clock.get("last_in_day")).longValue()).isEqualTo(TODAY.minusDays(3).toEpochDay());
        assertThat(clock.get("last_out_day")).isNull();
        assertThat(((Number) clock.get("last_touch_day")).longValue()).isEqualTo(TODAY.minusDays(3).toEpochDay());
    }

    @Test
    void deletingTheOnlyTouchpointClearsTheLastTouch() {
        Touchpoint t = log(TODAY.minusDays(5), "in", "Wrote about the lecture");

        Touchpoint deleted = kith.touchpoints().delete(owner(), t.id());

        assertThat(deleted).isEqualTo(t);
        assertThat(ada().lastTouchOn()).isNull();
        assertThat(ada().dueOn()).isEqualTo(TODAY.minusDays(70));
        assertThat(clock().get("last_in_day")).isNull();
        assertThat(kith.touchpoints().ofPerson(owner(), ada.id(), 10, 0)).isEmpty();
        assertThatThrownBy(() -> kith.touchpoints().get(owner(), t.id())).isInstanceOf(NotFound.class);
    }

    @Test
    void deletingTheNewestTouchpointFallsBackToTheOneBefore() {
        log(TODAY.minusDays(12), "out", null);
        Touchpoint newest = log(TODAY.minusDays(2), "out", null);

        kith.touchpoints().delete(owner(), newest.id());

        assertThat(ada().lastTouchOn()).isEqualTo(TODAY.minusDays(12));
        assertThat(ada().dueOn()).isEqualTo(TODAY.plusDays(18));
    }

    @Test
    void aDeletedTouchpointLoggedAgainAsItWasPutsTheClockBackAsItWas() {
        log(TODAY.minusDays(30), "out", null);
        Touchpoint t = log(TODAY.minusDays(4), "mutual", "Lunch");
        Map<String, Object> before = clock();

        Touchpoint deleted = kith.touchpoints().delete(owner(), t.id());
        Touchpoint again = kith.touchpoints().log(owner(), new NewTouchpoint(ada.id(), deleted.on(),
                deleted.channel().key(), deleted.direction().key(), deleted.note()), TODAY);

        assertThat(clock()).isEqualTo(before);
        assertThat(again).usingRecursiveComparison().ignoringFields("id").isEqualTo(t);
    }

    @Test
    void todayFollowsADeletedTouchpointOfToday() {
        var account = kith.accounts().owner();
        assertThat(kith.planner().today(account, TODAY, 0).done()).isZero();
        Touchpoint t = log(TODAY, "out", null);
        assertThat(kith.planner().today(account, TODAY, 0).done()).isEqualTo(1);

        kith.touchpoints().delete(owner(), t.id());

        assertThat(kith.planner().today(account, TODAY, 0).done()).isZero();
        assertThat(kith.planner().today(account, TODAY, 0).items()).extracting(i -> i.person().id()).contains(ada.id());
    }

    @Test
    void aTouchpointDatedAfterTodayIsRefusedWithWhyAndNothingIsWritten() {
        assertThatThrownBy(() -> log(TODAY.plusDays(1), "out", null))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("on"))
                .hasMessage("on 2026-03-03 is after today (2026-03-02); Kith records only what has happened");

        assertThat(rows("touchpoint")).isZero();
        assertThat(ada().lastTouchOn()).isNull();
    }

    @Test
    void aBadEditIsRefusedNamingTheFieldAndNothingChanges() {
        Touchpoint t = log(TODAY.minusDays(3), "out", "Talked about engines");
        Person before = ada();
        record Refused(TouchpointEdit edit, String field) {
        }
        for (Refused r : List.of(
                new Refused(new TouchpointEdit(TODAY.plusDays(1), null, null, null), "on"),
                new Refused(new TouchpointEdit(LocalDate.of(1899, 12, 31), null, null, null), "on"),
                new Refused(new TouchpointEdit(null, "pigeon", null, null), "channel"),
                new Refused(new TouchpointEdit(null, null, "sideways", null), "direction"),
                new Refused(new TouchpointEdit(TODAY.minusDays(1), null, null, "x".repeat(10_001)), "note"))) {
            assertThatThrownBy(() -> edit(t, r.edit()))
                    .as(r.toString())
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo(r.field()));
        }

        assertThat(kith.touchpoints().get(owner(), t.id())).isEqualTo(t);
        assertThat(ada()).isEqualTo(before);
    }

    @Test
    void anotherAccountsTouchpointIsNotFoundAndStaysAsItWas() {
        Touchpoint t = log(TODAY.minusDays(3), "out", null);
        Person before = ada();
        long other = anotherAccount();

        assertThatThrownBy(() -> kith.touchpoints().get(other, t.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kith.touchpoints().edit(other, t.id(), new TouchpointEdit(TODAY.minusDays(9), null, null,
                null), TODAY)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kith.touchpoints().delete(other, t.id())).isInstanceOf(NotFound.class);

        assertThat(kith.touchpoints().get(owner(), t.id())).isEqualTo(t);
        assertThat(ada()).isEqualTo(before);
    }

    @Test
    void anUnknownTouchpointAndADeletedPersonsAreNotFound() {
        Touchpoint t = log(TODAY.minusDays(3), "out", null);

        assertThatThrownBy(() -> kith.touchpoints().delete(owner(), 999_999)).isInstanceOf(NotFound.class)
                .hasMessage("No touchpoint 999999");
        kith.people().delete(owner(), ada.id());
        assertThatThrownBy(() -> kith.touchpoints().edit(owner(), t.id(), new TouchpointEdit(null, "call", null, null),
                TODAY)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kith.touchpoints().delete(owner(), t.id())).isInstanceOf(NotFound.class);

        assertThat(rows("touchpoint")).isEqualTo(1);
    }
}
