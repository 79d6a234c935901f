package app.kith.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.Invalid;
import app.kith.StoreTest;
import app.kith.touchpoint.Channel;
import app.kith.touchpoint.Direction;
import app.kith.touchpoint.Touchpoint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Adding someone you were last in touch with on a day: the person and that touchpoint, together or not at all. */
class LastTouchOnAddTest extends StoreTest {

    private static final PersonDraft ADA = PersonDraft.named("Ada Lovelace").withCircles(List.of("Monthly"));

    @Test
    void theLastTouchIsLoggedAndStartsTheClock() {
        Person ada = kith.people().add(owner(), ADA, TODAY, TODAY.minusDays(40));

        List<Touchpoint> touches = kith.touchpoints().ofPerson(owner(), ada.id(), 10, 0);
        assertThat(touches).singleElement().satisfies(t -> {
            assertThat(t.on()).isEqualTo(TODAY.minusDays(40));
            assertThat(t.channel()).isEqualTo(Channel.OTHER);
            assertThat(t.direction()).isEqualTo(Direction.MUTUAL);
            assertThat(t.note()).isNull();
        });
        assertThat(ada.lastTouchOn()).isEqualTo(TODAY.minusDays(40));
        assertThat(ada.dueOn()).isEqualTo(TODAY.minusDays(10));
        assertThat(kith.planner().today(kith.accounts().owner(), TODAY, 0).items())
                .extracting(i -> i.person().id()).containsExactly(ada.id());
    }

    @Test
    void withoutALastTouchItIsAPlainAdd() {
        Person ada = kith.people().add(owner(), ADA, TODAY, null);

        assertThat(ada.lastTouchOn()).isNull();
        assertThat(ada.dueOn()).isEqualTo(TODAY.plusDays(30));
        assertThat(rows("touchpoint")).isZero();
    }

    @Test
    void aLastTouchInTheFutureIsRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> kith.people().add(owner(), ADA, TODAY, TODAY.plusDays(1)))
                .isInstanceOf(Invalid.class).extracting(e -> ((Invalid) e).field()).isEqualTo("lastTouchOn");
        assertThat(rows("person")).isZero();
        assertThat(rows("circle")).isZero();
    }

    @Test
    void aPersonRefusedLeavesNoTouchpointAndATouchpointRefusedLeavesNoPerson() {
        assertThatThrownBy(() -> kith.people().add(owner(), PersonDraft.named(" "), TODAY, TODAY.minusDays(3)))
                .isInstanceOf(Invalid.class);
        assertThatThrownBy(() -> kith.people().add(owner(), ADA, TODAY, java.time.LocalDate.of(1899, 12, 31)))
                .isInstanceOf(Invalid.class).extracting(e -> ((Invalid) e).field()).isEqualTo("lastTouchOn");

        assertThat(rows("person")).isZero();
        assertThat(rows("touchpoint")).isZero();
    }
}
