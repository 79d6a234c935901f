package app.kith.intro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.Conflict;
import app.kith.NotFound;
import app.kith.StoreTest;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.Touchpoint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An introduction step on Today undone: the introduction as it was, the touchpoints it logged gone. */
class UndoIntroductionStepTest extends StoreTest {

    private Person sam;
    private Person priya;
    private Introduction intro;

    /** Sam and Priya, both asked 20 days ago. */
    @BeforeEach
    void bothAsked() {
        sam = kith.people().add(owner(), PersonDraft.named("Sam Okafor").withRhythm(30), TODAY.minusDays(60));
        priya = kith.people().add(owner(), PersonDraft.named("Priya Raman").withRhythm(90), TODAY.minusDays(60));
        intro = kith.introductions().propose(owner(), new NewIntroduction(sam.id(), priya.id(), "Priya is hiring",
                TODAY.minusDays(21)), TODAY);
        step(IntroStep.asked(sam.id(), TODAY.minusDays(20)));
        intro = step(IntroStep.asked(priya.id(), TODAY.minusDays(20)));
    }

    private Introduction step(IntroStep step) {
        return kith.introductions().step(owner(), intro.id(), step, TODAY);
    }

    private Introduction undo(Introduction after) {
        return kith.introductions().undo(owner(), intro.id(), after.steps().size(), TODAY);
    }

    private List<Touchpoint> timeline(Person p) {
        return kith.touchpoints().ofPerson(owner(), p.id(), 10, 0);
    }

    private Map<String, Object> row() {
        return sql().sql("SELECT state, a_answer, b_answer, introduced_day, channel FROM introduction WHERE id = :id")
                .param("id", intro.id()).query().singleRow();
    }

    @Test
    void undoingAnAnswerPutsTheSideBackToAskedAndRemovesItsTouchpoint() {
        Map<String, Object> before = row();
        Introduction agreed = step(IntroStep.agreed(sam.id(), TODAY));
        assertThat(agreed.personA().answer()).isEqualTo(OptIn.AGREED);

        Introduction back = undo(agreed);

        assertThat(back).isEqualTo(intro);
        assertThat(row()).isEqualTo(before);
        assertThat(timeline(sam)).extracting(Touchpoint::on).containsExactly(TODAY.minusDays(20));
        assertThat(kith.people().get(owner(), sam.id()).lastTouchOn()).isEqualTo(TODAY.minusDays(20));
    }

    @Test
    void undoingTheIntroductionRemovesBothSidesTouchpointsAndItsChannel() {
        kith.introductions().step(owner(), intro.id(), IntroStep.agreed(sam.id(), TODAY.minusDays(2)), TODAY);
        Introduction agreed = step(IntroStep.agreed(priya.id(), TODAY.minusDays(2)));
        Map<String, Object> before = row();
        Introduction made = step(IntroStep.introduced(TODAY, "email"));
        assertThat(made.state()).isEqualTo(IntroState.INTRODUCED);

        Introduction back = undo(made);

        assertThat(back).isEqualTo(agreed);
        assertThat(row()).isEqualTo(before);
        assertThat(row().get("channel")).isNull();
        assertThat(timeline(sam)).noneMatch(t -> t.on().equals(TODAY));
        assertThat(timeline(priya)).noneMatch(t -> t.on().equals(TODAY));
        assertThat(kith.people().get(owner(), priya.id()).lastTouchOn()).isEqualTo(TODAY.minusDays(2));
    }

    @Test
    void aStepTakenSinceOrAlreadyUndoneIsAConflictAndNothingChanges() {
        Introduction agreed = step(IntroStep.agreed(sam.id(), TODAY));
        Introduction declined = step(IntroStep.declined(priya.id(), TODAY));

        assertThatThrownBy(() -> undo(agreed)).isInstanceOf(Conflict.class)
                .hasMessage("The introduction has moved on since (declined on " + TODAY + "); nothing changed");
        assertThat(kith.introductions().get(owner(), intro.id())).isEqualTo(declined);

        undo(declined);
        undo(agreed);
        assertThatThrownBy(() -> undo(agreed)).isInstanceOf(Conflict.class).hasMessageContaining("undone already");
        assertThat(kith.introductions().get(owner(), intro.id())).isEqualTo(intro);
    }

    @Test
    void aStepOfAnotherDayAndTheProposalCannotBeUndoneHere() {
        assertThatThrownBy(() -> undo(intro)).isInstanceOf(Conflict.class).hasMessageContaining("Only a step taken on");
        assertThat(kith.introductions().get(owner(), intro.id())).isEqualTo(intro);
    }

    @Test
    void anotherAccountsIntroductionIsNotFound() {
        Introduction agreed = step(IntroStep.agreed(sam.id(), TODAY));

        assertThatThrownBy(() -> kith.introductions().undo(anotherAccount(), intro.id(), agreed.steps().size(), TODAY))
                .isInstanceOf(NotFound.class);
        assertThat(kith.introductions().get(owner(), intro.id())).isEqualTo(agreed);
    }
}
