package app.kith.intro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.Conflict;
import app.kith.NotFound;
import app.kith.StoreTest;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A proposal taken back the same day (an undo in place): gone, unless it has moved on or is older. */
class WithdrawIntroductionTest extends StoreTest {

    private Person sam;
    private Person priya;

    @BeforeEach
    void twoPeople() {
        sam = kith.people().add(owner(), PersonDraft.named("Sam Okafor"), TODAY.minusDays(60));
        priya = kith.people().add(owner(), PersonDraft.named("Priya Raman"), TODAY.minusDays(60));
    }

    private Introduction propose(LocalDate on) {
        return kith.introductions().propose(owner(), new NewIntroduction(sam.id(), priya.id(), "Priya knows tax", on),
                TODAY);
    }

    @Test
    void aProposalOfTodayIsGoneWithItsStepAndCanBeProposedAgain() {
        Introduction made = propose(TODAY);

        kith.introductions().withdraw(owner(), made.id(), TODAY);

        assertThat(kith.introductions().ofPerson(owner(), sam.id())).isEmpty();
        assertThat(rows("introduction_event")).isZero();
        assertThat(propose(TODAY).state()).isEqualTo(IntroState.PROPOSED);
    }

    @Test
    void aProposalThatMovedOnOrIsOlderStays() {
        Introduction asked = propose(TODAY);
        kith.introductions().step(owner(), asked.id(), IntroStep.asked(sam.id(), TODAY), TODAY);

        assertThatThrownBy(() -> kith.introductions().withdraw(owner(), asked.id(), TODAY)).isInstanceOf(Conflict.class);
        assertThat(kith.introductions().get(owner(), asked.id()).steps()).hasSize(2);

        kith.introductions().step(owner(), asked.id(), IntroStep.declined(sam.id(), TODAY), TODAY);
        Introduction older = propose(TODAY.minusDays(1));
        assertThatThrownBy(() -> kith.introductions().withdraw(owner(), older.id(), TODAY)).isInstanceOf(Conflict.class);
    }

    @Test
    void anotherAccountsIntroductionIsNotFound() {
        Introduction made = propose(TODAY);

        assertThatThrownBy(() -> kith.introductions().withdraw(anotherAccount(), made.id(), TODAY))
                .isInstanceOf(NotFound.class);
        assertThat(kith.introductions().get(owner(), made.id())).isNotNull();
    }
}
