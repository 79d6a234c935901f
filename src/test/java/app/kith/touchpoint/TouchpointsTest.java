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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TouchpointsTest extends StoreTest {

    private Person ada;

    /** Ada, monthly, in Kith since 100 days ago and never contacted. */
    @BeforeEach
    void adaIsThere() {
        ada = kith.people().add(owner(), PersonDraft.named("Ada Lovelace").withCircles(List.of("Monthly")),
                TODAY.minusDays(100));
    }

    private Touchpoint log(LocalDate on, String channel, String direction, String note) {
        return kith.touchpoints().log(owner(), new NewTouchpoint(ada.id(), on, channel, direction, note), TODAY);
    }

    private Person ada() {
        return kith.people().get(owner(), ada.id());
    }

    @Test
    void aTouchpointResetsTheClock() {
        assertThat(ada().dueOn()).isEqualTo(TODAY.minusDays(70));

        Touchpoint t = log(TODAY.minusDays(5), "coffee", "mutual", "  Talked about engines  ");

        assertThat(t.on()).isEqualTo(TODAY.minusDays(5));
        assertThat(t.channel()).isEqualTo(Channel.COFFEE);
        assertThat(t.direction()).isEqualTo(Direction.MUTUAL);
        assertThat(t.note()).isEqualTo("Talked about engines");
        assertThat(ada().lastTouchOn()).isEqualTo(TODAY.minusDays(5));
        assertThat(ada().dueOn()).isEqualTo(TODAY.plusDays(25));
    }

    @Test
    void aTouchpointIsTodayOutAndOtherUnlessSaidOtherwise() {
        Touchpoint t = kith.touchpoints().log(owner(), new NewTouchpoint(ada.id(), null, null, null, null), TODAY);

        assertThat(t.on()).isEqualTo(TODAY);
        assertThat(t.channel()).isEqualTo(Channel.OTHER);
        assertThat(t.direction()).isEqualTo(Direction.OUT);
        assertThat(t.note()).isNull();
        assertThat(ada().dueOn()).isEqualTo(TODAY.plusDays(30));
    }

    @Test
    void anOlderTouchpointNeverMovesTheClockBack() {
        log(TODAY.minusDays(5), "call", "out", null);

        log(TODAY.minusDays(20), "email", "in", null);

        assertThat(ada().lastTouchOn()).isEqualTo(TODAY.minusDays(5));
        assertThat(ada().dueOn()).isEqualTo(TODAY.plusDays(25));
    }

    @Test
    void aPersonsTouchpointsComeNewestFirst() {
        Touchpoint older = log(TODAY.minusDays(20), "email", "in", "Asked about the lecture");
        Touchpoint newer = log(TODAY.minusDays(5), "video", "out", null);
        Touchpoint sameDayLater = log(TODAY.minusDays(5), "message", "out", null);

        List<Touchpoint> all = kith.touchpoints().ofPerson(owner(), ada.id(), 10, 0);

        assertThat(all).extracting(Touchpoint::id).containsExactly(sameDayLater.id(), newer.id(), older.id());
        assertThat(all.get(2)).satisfies(t -> {
            assertThat(t.personId()).isEqualTo(ada.id());
            assertThat(t.channel()).isEqualTo(Channel.EMAIL);
            assertThat(t.direction()).isEqualTo(Direction.IN);
            assertThat(t.note()).isEqualTo("Asked about the lecture");
            assertThat(t.createdAt()).isEqualTo(NOW);
        });
        assertThat(kith.touchpoints().ofPerson(owner(), ada.id(), 1, 1)).extracting(Touchpoint::id).containsExactly(newer.id());
        assertThat(kith.touchpoints().count(owner())).isEqualTo(3);
        assertThat(kith.touchpoints().lastTouches(owner())).containsEntry(ada.id(), new LastTouches(
                (int) TODAY.minusDays(5).toEpochDay(), (int) TODAY.minusDays(20).toEpochDay(),
                (int) TODAY.minusDays(5).toEpochDay()));
    }

    @Test
    void aBadTouchpointIsRefusedAndTheClockStays() {
        Person before = ada();
        record Refused(NewTouchpoint touchpoint, String field) {
        }
        for (Refused r : List.of(
                new Refused(new NewTouchpoint(ada.id(), TODAY, "pigeon", null, null), "channel"),
                new Refused(new NewTouchpoint(ada.id(), TODAY, null, "sideways", null), "direction"),
                new Refused(new NewTouchpoint(ada.id(), TODAY, null, null, "x".repeat(10_001)), "note"),
                new Refused(new NewTouchpoint(ada.id(), TODAY, null, null, "bell\u0007"), "note"),
                new Refused(new NewTouchpoint(ada.id(), TODAY.plusDays(1), null, null, null), "on"),
                new Refused(new NewTouchpoint(ada.id(), LocalDate.of(3000, 1, 1), null, null, null), "on"),
                new Refused(new NewTouchpoint(ada.id(), LocalDate.of(1899, 12, 31), null, null, null), "on"))) {
            assertThatThrownBy(() -> kith.touchpoints().log(owner(), r.touchpoint(), TODAY))
                    .as(r.toString())
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo(r.field()));
        }

        assertThat(rows("touchpoint")).isZero();
        assertThat(ada()).isEqualTo(before);
    }

    @Test
    void anUnknownPersonIsNotFoundAndNothingIsWritten() {
        assertThatThrownBy(() -> kith.touchpoints().log(owner(), new NewTouchpoint(999_999, TODAY, null, null, null), TODAY))
                .isInstanceOf(NotFound.class);

        assertThat(rows("touchpoint")).isZero();
    }

    @Test
    void aPersonOfAnotherAccountIsRefusedAndNothingIsWritten() {
        log(TODAY.minusDays(40), "call", null, null);
        Person before = ada();
        long other = anotherAccount();

        assertThatThrownBy(() -> kith.touchpoints().log(other, new NewTouchpoint(ada.id(), TODAY, null, null, null), TODAY))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> db.transactions().executeWithoutResult(s -> kith.touchpoints().logAll(other,
                List.of(new NewTouchpoint(ada.id(), TODAY, "call", "out", null)))))
                .isInstanceOf(RuntimeException.class);

        assertThat(rows("touchpoint")).isEqualTo(1);
        assertThat(ada()).isEqualTo(before);
        assertThat(kith.touchpoints().ofPerson(other, ada.id(), 10, 0)).isEmpty();
        assertThat(kith.touchpoints().count(other)).isZero();
        assertThat(kith.touchpoints().lastTouches(other)).isEmpty();
        assertThat(kith.touchpoints().dayStates(other, List.of(ada.id()), TODAY)).isEmpty();
        assertThat(kith.touchpoints().namesWithLastBefore(other, List.of(ada.id()), TODAY, false)).isEmpty();
        kith.clocks().refreshClocks(other);
        assertThat(ada()).isEqualTo(before);
    }

    @Test
    void aDeletedPersonCannotBeLoggedAnymore() {
        kith.people().delete(owner(), ada.id());

        assertThatThrownBy(() -> log(TODAY, "call", null, null)).isInstanceOf(NotFound.class);
        assertThat(rows("touchpoint")).isZero();
    }

    @Test
    void aDaysStateSeparatesTheTouchesBeforeItFromTheOnesOnIt() {
        log(TODAY.minusDays(12), "email", null, null);
        log(TODAY, "call", null, null);
        kith.touchpoints().log(owner(), new NewTouchpoint(ada.id(), TODAY.plusDays(2), "video", null, null), TODAY.plusDays(2));

        assertThat(kith.touchpoints().dayStates(owner(), List.of(ada.id()), TODAY))
                .containsExactly(new DayState(ada.id(), TODAY.minusDays(12), true));
        assertThat(kith.touchpoints().dayStates(owner(), List.of(ada.id()), TODAY.minusDays(12)))
                .containsExactly(new DayState(ada.id(), null, true));
        assertThat(kith.touchpoints().namesWithLastBefore(owner(), List.of(ada.id()), TODAY, false).get(ada.id())
                .touchpoint().channel()).isEqualTo(Channel.EMAIL);
    }

    @Test
    void severalPeoplesLastTouchesBeforeADayAreReadTogetherTheLaterLoggedWinningATie() {
        Person bob = kith.people().add(owner(), PersonDraft.named("Bob Stone").withCircles(List.of("Monthly")),
                TODAY.minusDays(100));
        Person cleo = kith.people().add(owner(), PersonDraft.named("Cleo Park").withCircles(List.of("Monthly")),
                TODAY.minusDays(100));
        log(TODAY.minusDays(9), "email", "in", "Could you look at my deck?");
        log(TODAY.minusDays(9), "message", "in", "And the budget?");
        log(TODAY.minusDays(2), "call", "out", null);
        log(TODAY, "video", "in", "Today's does not count");
        kith.touchpoints().log(owner(), new NewTouchpoint(bob.id(), TODAY.minusDays(30), "coffee", "in", "Hello"), TODAY);
        kith.touchpoints().log(owner(), new NewTouchpoint(bob.id(), TODAY.minusDays(4), "event", "mutual", null), TODAY);
        List<Long> everyone = List.of(ada.id(), bob.id(), cleo.id());

        assertThat(kith.touchpoints().namesWithLastBefore(owner(), everyone, TODAY, false))
                .containsOnlyKeys(ada.id(), bob.id(), cleo.id())
                .hasEntrySatisfying(ada.id(), l -> assertThat(l.touchpoint().channel()).isEqualTo(Channel.CALL))
                .hasEntrySatisfying(bob.id(), l -> assertThat(l.touchpoint().channel()).isEqualTo(Channel.EVENT))
                .hasEntrySatisfying(cleo.id(), l -> assertThat(l).isEqualTo(new LastTouch("Cleo Park", null)));
        assertThat(kith.touchpoints().namesWithLastBefore(owner(), everyone, TODAY, true))
                .hasEntrySatisfying(ada.id(), l -> assertThat(l.touchpoint().note()).isEqualTo("And the budget?"))
                .hasEntrySatisfying(bob.id(), l -> assertThat(l.name()).isEqualTo("Bob Stone"))
                .hasEntrySatisfying(bob.id(), l -> assertThat(l.touchpoint().channel()).isEqualTo(Channel.COFFEE));
        kith.people().delete(owner(), cleo.id());
        assertThat(kith.touchpoints().namesWithLastBefore(owner(), everyone, TODAY, true)).doesNotContainKey(cleo.id());
        assertThat(kith.touchpoints().lastInBefore(owner(), everyone, TODAY))
                .containsOnlyKeys(ada.id(), bob.id())
                .hasEntrySatisfying(ada.id(), t -> assertThat(t.note()).isEqualTo("And the budget?"))
                .hasEntrySatisfying(bob.id(), t -> assertThat(t.channel()).isEqualTo(Channel.COFFEE));
        long other = anotherAccount();
        assertThat(kith.touchpoints().lastInBefore(other, everyone, TODAY)).isEmpty();
        assertThat(kith.touchpoints().namesWithLastBefore(other, everyone, TODAY, false)).isEmpty();
        assertThat(kith.touchpoints().namesWithLastBefore(owner(), List.of(), TODAY, false)).isEmpty();
    }

    @Test
    void bulkTouchpointsSetTheClocksOnceRefreshed() {
        db.transactions().executeWithoutResult(s -> kith.touchpoints().logAll(owner(), List.of(
                new NewTouchpoint(ada.id(), TODAY.minusDays(50), "email", "in", null),
                new NewTouchpoint(ada.id(), TODAY.minusDays(3), "call", "out", "caught up"))));

        kith.clocks().refreshClocks(owner());

        assertThat(ada().lastTouchOn()).isEqualTo(TODAY.minusDays(3));
        assertThat(ada().dueOn()).isEqualTo(TODAY.plusDays(27));
        assertThat(kith.touchpoints().count(owner())).isEqualTo(2);
    }
}
