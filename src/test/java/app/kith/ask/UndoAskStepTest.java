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
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A follow-up, a reply or an answer on Today undone: the ask as it was, its touchpoint gone, the clock back. */
class UndoAskStepTest extends StoreTest {

    private static final LocalDate ASKED = TODAY.minusDays(10);

    private Person sam;
    private Ask ask;

    /** Sam was asked 10 days ago and has not answered: the ask is ignored, on Today. */
    @BeforeEach
    void samWasAsked() {
        sam = kith.people().add(owner(), PersonDraft.named("Sam Okafor").withRhythm(30), TODAY.minusDays(100));
        ask = kith.asks().ask(account(), new NewAsk(sam.id(), "an intro to your CFO", ASKED, "email"), TODAY);
    }

    private Account account() {
        return kith.accounts().byId(owner());
    }

    private long lastStep(Ask a) {
        return a.events().stream().mapToLong(AskEvent::id).max().orElseThrow();
    }

    private Ask undo(Ask after) {
        return kith.asks().undo(account(), ask.id(), lastStep(after), TODAY, TODAY);
    }

    private List<Touchpoint> timeline() {
        return kith.touchpoints().ofPerson(owner(), sam.id(), 10, 0);
    }

    @Test
    void undoingAFollowUpPutsTheAskBackAndRemovesItsTouchpoint() {
        Ask followed = kith.asks().followUp(account(), ask.id(), TODAY, "call", null, TODAY);
        assertThat(followed.followUps()).isEqualTo(1);
        assertThat(timeline()).hasSize(2);

        Ask back = undo(followed);

        assertThat(back).isEqualTo(kith.asks().get(account(), ask.id(), TODAY));
        assertThat(back.status()).isEqualTo("ignored");
        assertThat(back.followUps()).isZero();
        assertThat(back.lastActivityOn()).isEqualTo(ASKED);
        assertThat(back.events()).extracting(AskEvent::kind).containsExactly(AskEventKind.ASKED);
        assertThat(timeline()).extracting(Touchpoint::note).containsExactly("Asked: an intro to your CFO");
        assertThat(kith.people().get(owner(), sam.id()).lastTouchOn()).isEqualTo(ASKED);
    }

    @Test
    void undoingAYesOpensTheAskAgainAndTheirSideOfTheClockGoesBack() {
        Ask yes = kith.asks().answer(account(), ask.id(), new Answer.Yes(), TODAY, TODAY);
        assertThat(yes.state()).isEqualTo(AskState.YES);

        Ask back = undo(yes);

        assertThat(back.state()).isEqualTo(AskState.WAITING);
        assertThat(back.closedOn()).isNull();
        assertThat(timeline()).hasSize(1);
        assertThat(sql().sql("SELECT last_in_day FROM person WHERE id = :id").param("id", sam.id()).query().singleRow()
                .get("last_in_day")).isNull();
    }

    @Test
    void undoingAPuntOrADropOrAReplyPutsTheAskBackEachTime() {
        Ask punted = kith.asks().answer(account(), ask.id(), new Answer.Punt(TODAY.plusWeeks(2)), TODAY, TODAY);
        assertThat(undo(punted).puntedTo()).isNull();
        Ask dropped = kith.asks().answer(account(), ask.id(), new Answer.Drop(), TODAY, TODAY);
        assertThat(undo(dropped).state()).isEqualTo(AskState.WAITING);
        Ask replied = kith.asks().replied(account(), ask.id(), TODAY, null, "Soon", TODAY);

        Ask back = undo(replied);

        assertThat(back.status()).isEqualTo("ignored");
        assertThat(back.events()).hasSize(1);
        assertThat(timeline()).hasSize(1);
    }

    @Test
    void aStepTakenSinceIsAConflictAndNothingChanges() {
        Ask followed = kith.asks().followUp(account(), ask.id(), TODAY, null, null, TODAY);
        Ask yes = kith.asks().answer(account(), ask.id(), new Answer.Yes(), TODAY, TODAY);

        assertThatThrownBy(() -> undo(followed)).isInstanceOf(Conflict.class)
                .hasMessage("The ask has moved on since (yes on " + TODAY + "); nothing changed");
        assertThat(kith.asks().get(account(), ask.id(), TODAY)).isEqualTo(yes);
        assertThat(timeline()).hasSize(3);
    }

    @Test
    void theAskingItselfAndAStepOfAnotherDayCannotBeUndoneHere() {
        assertThatThrownBy(() -> undo(ask)).isInstanceOf(Conflict.class).hasMessageContaining("Only a step taken on");
        Ask followed = kith.asks().followUp(account(), ask.id(), TODAY.minusDays(1), null, null, TODAY);

        assertThatThrownBy(() -> undo(followed)).isInstanceOf(Conflict.class);
        assertThat(kith.asks().get(account(), ask.id(), TODAY).followUps()).isEqualTo(1);
    }

    @Test
    void undoingTwiceIsAConflictTheSecondTime() {
        Ask followed = kith.asks().followUp(account(), ask.id(), TODAY, null, null, TODAY);
        undo(followed);

        assertThatThrownBy(() -> undo(followed)).isInstanceOf(Conflict.class).hasMessageContaining("undone already");
    }

    @Test
    void anotherAccountsAskIsNotFound() {
        Ask followed = kith.asks().followUp(account(), ask.id(), TODAY, null, null, TODAY);
        Account other = kith.accounts().byId(anotherAccount());

        assertThatThrownBy(() -> kith.asks().undo(other, ask.id(), lastStep(followed), TODAY, TODAY))
                .isInstanceOf(NotFound.class);
        assertThat(timeline()).hasSize(2);
    }
}
