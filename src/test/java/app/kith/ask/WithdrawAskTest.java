package app.kith.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.Conflict;
import app.kith.NotFound;
import app.kith.StoreTest;
import app.kith.account.Account;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.Touchpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An ask recorded on Today taken back the same day: the ask and its touchpoint gone, the clock back. */
class WithdrawAskTest extends StoreTest {

    private Person sam;

    @BeforeEach
    void samIsDue() {
        sam = kith.people().add(owner(), PersonDraft.named("Sam Okafor").withRhythm(30), TODAY.minusDays(100));
    }

    private Account account() {
        return kith.accounts().byId(owner());
    }

    @Test
    void anAskMadeTodayGoesWithItsTouchpointAndTheClockGoesBack() {
        Ask ask = kith.asks().ask(account(), new NewAsk(sam.id(), "an intro to your CFO", TODAY, null), TODAY);
        assertThat(kith.asks().loggedBy(account(), kith.touchpoints().ofPerson(owner(), sam.id(), 1, 0).get(0).id(), TODAY))
                .contains(ask);

        Ask gone = kith.asks().withdraw(account(), ask.id(), TODAY, TODAY);

        assertThat(gone.text()).isEqualTo("an intro to your CFO");
        assertThatThrownBy(() -> kith.asks().get(account(), ask.id(), TODAY)).isInstanceOf(NotFound.class);
        assertThat(kith.touchpoints().ofPerson(owner(), sam.id(), 10, 0)).isEmpty();
        assertThat(kith.people().get(owner(), sam.id()).lastTouchOn()).isNull();
    }

    @Test
    void anAskThatMovedOnOrWasMadeAnotherDayStays() {
        Ask followed = kith.asks().ask(account(), new NewAsk(sam.id(), "a reference", TODAY, null), TODAY);
        kith.asks().followUp(account(), followed.id(), TODAY, "call", null, TODAY);
        Ask older = kith.asks().ask(account(), new NewAsk(sam.id(), "a coffee", TODAY.minusDays(3), null), TODAY);

        assertThatThrownBy(() -> kith.asks().withdraw(account(), followed.id(), TODAY, TODAY))
                .isInstanceOf(Conflict.class).hasMessageContaining("nothing changed");
        assertThatThrownBy(() -> kith.asks().withdraw(account(), older.id(), TODAY, TODAY))
                .isInstanceOf(Conflict.class).hasMessageContaining("nothing changed");
        assertThat(kith.asks().get(account(), followed.id(), TODAY).events()).hasSize(2);
        assertThat(kith.touchpoints().ofPerson(owner(), sam.id(), 10, 0)).extracting(Touchpoint::note).hasSize(3);
    }

    @Test
    void anotherAccountsAskIsNotFoundAndStays() {
        Ask ask = kith.asks().ask(account(), new NewAsk(sam.id(), "an intro", TODAY, null), TODAY);

        assertThatThrownBy(() -> kith.asks().withdraw(kith.accounts().byId(anotherAccount()), ask.id(), TODAY, TODAY))
                .isInstanceOf(NotFound.class);
        assertThat(kith.asks().get(account(), ask.id(), TODAY).events()).hasSize(1);
    }
}
