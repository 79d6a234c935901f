package app.kith.intro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.Conflict;
import app.kith.Invalid;
import app.kith.NotFound;
import app.kith.StoreTest;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every illegal proposal and step is refused with a clear message naming the field, and leaves
 * every introduction, step, touchpoint and person exactly as it was.
 */
class RefusedIntroductionsTest extends StoreTest {

    private static final List<String> TABLES = List.of("introduction", "introduction_event", "touchpoint", "person");

    private Person sam;
    private Person priya;
    private Introduction intro;

    @BeforeEach
    void anIntroductionProposedFiveDaysAgo() {
        sam = kith.people().add(owner(), PersonDraft.named("Sam Okafor"), TODAY.minusDays(60));
        priya = kith.people().add(owner(), PersonDraft.named("Priya Raman"), TODAY.minusDays(60));
        intro = kith.introductions().propose(owner(), new NewIntroduction(sam.id(), priya.id(), "hiring", TODAY.minusDays(5)),
                TODAY);
    }

    private Introduction step(IntroStep step) {
        return kith.introductions().step(owner(), intro.id(), step, TODAY);
    }

    private Map<String, List<Map<String, Object>>> everything() {
        Map<String, List<Map<String, Object>>> rows = new java.util.HashMap<>();
        TABLES.forEach(t -> rows.put(t, all(t)));
        return rows;
    }

    private List<Map<String, Object>> all(String table) {
        return sql().sql("SELECT * FROM " + table + " ORDER BY id").query().listOfRows();
    }

    /** Runs a refused call, checks that nothing changed, and hands back its error to look at. */
    private AbstractThrowableAssert<?, ? extends Throwable> refused(ThrowingCallable call) {
        var before = everything();
        var error = assertThatThrownBy(call);
        assertThat(everything()).isEqualTo(before);
        return error;
    }

    private void bothAgreed() {
        step(IntroStep.asked(sam.id(), TODAY.minusDays(4)));
        step(IntroStep.asked(priya.id(), TODAY.minusDays(4)));
        step(IntroStep.agreed(sam.id(), TODAY.minusDays(3)));
        step(IntroStep.agreed(priya.id(), TODAY.minusDays(2)));
    }

    @Test
    void someoneCannotBeIntroducedToThemselves() {
        refused(() -> kith.introductions().propose(owner(), new NewIntroduction(sam.id(), sam.id(), "self", null), TODAY))
                .isInstanceOf(Invalid.class).hasMessage("Sam Okafor cannot be introduced to themselves")
                .extracting(e -> ((Invalid) e).field()).isEqualTo("personB");
    }

    @Test
    void anotherAccountsPersonIsNotFoundExactlyLikeOneThatDoesNotExist() {
        long other = anotherAccount();
        Person stranger = kith.people().add(other, PersonDraft.named("Zelda Unseen"), TODAY);

        String strangers = messageOf(() -> kith.introductions().propose(owner(),
                new NewIntroduction(sam.id(), stranger.id(), "x", null), TODAY));
        String nobodys = messageOf(() -> kith.introductions().propose(owner(),
                new NewIntroduction(sam.id(), 999_999L, "x", null), TODAY));

        assertThat(strangers).isEqualTo("No person " + stranger.id());
        assertThat(nobodys).isEqualTo("No person 999999");
        refused(() -> kith.introductions().propose(owner(), new NewIntroduction(stranger.id(), sam.id(), "x", null), TODAY))
                .isInstanceOf(NotFound.class);
        refused(() -> kith.introductions().propose(other, new NewIntroduction(stranger.id(), sam.id(), "x", null), TODAY))
                .isInstanceOf(NotFound.class);
    }

    private String messageOf(ThrowingCallable call) {
        return refused(call).isInstanceOf(NotFound.class).actual().getMessage();
    }

    @Test
    void aDeletedPersonCannotBeIntroduced() {
        Person ada = kith.people().add(owner(), PersonDraft.named("Ada Lovelace"), TODAY);
        kith.people().delete(owner(), ada.id());

        refused(() -> kith.introductions().propose(owner(), new NewIntroduction(sam.id(), ada.id(), "x", null), TODAY))
                .isInstanceOf(NotFound.class).hasMessage("No person " + ada.id());
    }

    @Test
    void aReasonIsRequiredAndAtMost500Characters() {
        Person ada = kith.people().add(owner(), PersonDraft.named("Ada Lovelace"), TODAY);
        for (String reason : new String[] {null, "  ", "x".repeat(501)}) {
            refused(() -> kith.introductions().propose(owner(), new NewIntroduction(sam.id(), ada.id(), reason, null), TODAY))
                    .isInstanceOf(Invalid.class).extracting(e -> ((Invalid) e).field()).isEqualTo("reason");
        }
    }

    @Test
    void bothPeopleAreRequired() {
        refused(() -> kith.introductions().propose(owner(), new NewIntroduction(null, sam.id(), "x", null), TODAY))
                .isInstanceOf(Invalid.class).extracting(e -> ((Invalid) e).field()).isEqualTo("personA");
        refused(() -> kith.introductions().propose(owner(), new NewIntroduction(sam.id(), null, "x", null), TODAY))
                .isInstanceOf(Invalid.class).extracting(e -> ((Invalid) e).field()).isEqualTo("personB");
    }

    @Test
    void aPairWithAnOpenIntroductionCannotBeProposedAgainInEitherOrder() {
        refused(() -> kith.introductions().propose(owner(), new NewIntroduction(sam.id(), priya.id(), "again", null), TODAY))
                .isInstanceOf(Conflict.class)
                .hasMessage("Sam Okafor and Priya Raman already have an open introduction: #" + intro.id());
        bothAgreed();
        step(IntroStep.introduced(TODAY, null));
        refused(() -> kith.introductions().propose(owner(), new NewIntroduction(priya.id(), sam.id(), "again", null), TODAY))
                .isInstanceOf(Conflict.class)
                .hasMessage("Priya Raman and Sam Okafor already have an open introduction: #" + intro.id())
                .extracting(e -> ((Conflict) e).field()).isEqualTo("personB");
    }

    @Test
    void theyCannotBeIntroducedBeforeBothAgreed() {
        refused(() -> step(IntroStep.introduced(TODAY, "email"))).isInstanceOf(Conflict.class)
                .hasMessage("Not both agreed yet: Sam Okafor has not been asked");
        step(IntroStep.asked(sam.id(), TODAY.minusDays(4)));
        step(IntroStep.asked(priya.id(), TODAY.minusDays(4)));
        step(IntroStep.agreed(sam.id(), TODAY.minusDays(3)));

        refused(() -> step(IntroStep.introduced(TODAY, "email"))).isInstanceOf(Conflict.class)
                .hasMessage("Not both agreed yet: Priya Raman has not answered since being asked on " + TODAY.minusDays(4))
                .extracting(e -> ((Conflict) e).field()).isEqualTo("step");
    }

    @Test
    void aSideThatWasNotAskedCannotAnswer() {
        refused(() -> step(IntroStep.agreed(priya.id(), TODAY))).isInstanceOf(Conflict.class)
                .hasMessage("Priya Raman has not been asked yet: ask them first (step asked)")
                .extracting(e -> ((Conflict) e).field()).isEqualTo("personId");
        refused(() -> step(IntroStep.declined(sam.id(), TODAY))).isInstanceOf(Conflict.class);
    }

    @Test
    void someoneOutsideTheIntroductionHasNoSideInIt() {
        Person ada = kith.people().add(owner(), PersonDraft.named("Ada Lovelace"), TODAY);

        refused(() -> step(IntroStep.asked(ada.id(), TODAY))).isInstanceOf(Invalid.class)
                .hasMessage("person " + ada.id() + " is not part of introduction #" + intro.id()
                        + " (Sam Okafor and Priya Raman)");
    }

    @Test
    void aSideThatAnsweredIsNotAskedOrAnsweredAgain() {
        step(IntroStep.asked(sam.id(), TODAY.minusDays(4)));
        step(IntroStep.agreed(sam.id(), TODAY.minusDays(3)));

        refused(() -> step(IntroStep.asked(sam.id(), TODAY))).isInstanceOf(Conflict.class)
                .hasMessage("Sam Okafor already agreed, on " + TODAY.minusDays(3));
        refused(() -> step(IntroStep.declined(sam.id(), TODAY))).isInstanceOf(Conflict.class);
    }

    @Test
    void thereIsNoOutcomeBeforeTheIntroduction() {
        bothAgreed();

        refused(() -> step(IntroStep.outcome("met", TODAY))).isInstanceOf(Conflict.class)
                .hasMessage("Sam Okafor and Priya Raman are not introduced yet: the outcome comes after the introduction");
    }

    @Test
    void anIntroductionMadeIsNotMadeAgainNorAskedAbout() {
        bothAgreed();
        step(IntroStep.introduced(TODAY.minusDays(1), "email"));

        refused(() -> step(IntroStep.introduced(TODAY, "email"))).isInstanceOf(Conflict.class)
                .hasMessage("Sam Okafor and Priya Raman were already introduced, on " + TODAY.minusDays(1));
        refused(() -> step(IntroStep.agreed(sam.id(), TODAY))).isInstanceOf(Conflict.class);
    }

    @Test
    void aClosedIntroductionTakesNoMoreSteps() {
        step(IntroStep.asked(sam.id(), TODAY.minusDays(4)));
        step(IntroStep.declined(sam.id(), TODAY.minusDays(3)));

        for (IntroStep next : List.of(IntroStep.asked(priya.id(), TODAY), IntroStep.agreed(sam.id(), TODAY),
                IntroStep.introduced(TODAY, null), IntroStep.outcome("met", TODAY))) {
            refused(() -> step(next)).isInstanceOf(Conflict.class)
                    .hasMessage("Introduction #" + intro.id() + " of Sam Okafor and Priya Raman is closed (declined on "
                            + TODAY.minusDays(3) + "): it takes no more steps");
        }
    }

    @Test
    void anIntroductionWithAnOutcomeTakesNoMoreSteps() {
        bothAgreed();
        step(IntroStep.introduced(TODAY.minusDays(1), "email"));
        step(IntroStep.outcome("not-a-fit", TODAY));

        refused(() -> step(IntroStep.outcome("met", TODAY))).isInstanceOf(Conflict.class)
                .hasMessageContaining("is closed (not-a-fit on " + TODAY + ")");
    }

    @Test
    void aStepIsNotDatedBeforeTheStepItFollows() {
        refused(() -> step(IntroStep.asked(sam.id(), TODAY.minusDays(6)))).isInstanceOf(Invalid.class)
                .hasMessage("on must be on or after " + TODAY.minusDays(5) + ", when the introduction was proposed, not "
                        + TODAY.minusDays(6));
        step(IntroStep.asked(sam.id(), TODAY.minusDays(2)));
        refused(() -> step(IntroStep.agreed(sam.id(), TODAY.minusDays(3)))).isInstanceOf(Invalid.class)
                .extracting(e -> ((Invalid) e).field()).isEqualTo("on");
        refused(() -> step(IntroStep.asked(sam.id(), TODAY.minusDays(3)))).isInstanceOf(Invalid.class);
        step(IntroStep.agreed(sam.id(), TODAY.minusDays(1)));
        step(IntroStep.asked(priya.id(), TODAY.minusDays(2)));
        step(IntroStep.agreed(priya.id(), TODAY.minusDays(2)));
        refused(() -> step(IntroStep.introduced(TODAY.minusDays(2), null))).isInstanceOf(Invalid.class)
                .hasMessage("on must be on or after " + TODAY.minusDays(1) + ", when Sam Okafor agreed, not "
                        + TODAY.minusDays(2));
        step(IntroStep.introduced(TODAY, null));
        refused(() -> step(IntroStep.outcome("met", TODAY.minusDays(1)))).isInstanceOf(Invalid.class);
    }

    @Test
    void aStepOrAProposalDatedAfterTodayIsRefused() {
        refused(() -> step(IntroStep.asked(sam.id(), TODAY.plusDays(1)))).isInstanceOf(Invalid.class)
                .hasMessage("on 2026-03-03 is after today (2026-03-02); Kith records only what has happened");
        Person ada = kith.people().add(owner(), PersonDraft.named("Ada Lovelace"), TODAY);
        refused(() -> kith.introductions().propose(owner(),
                new NewIntroduction(sam.id(), ada.id(), "x", TODAY.plusDays(1)), TODAY))
                .isInstanceOf(Invalid.class).extracting(e -> ((Invalid) e).field()).isEqualTo("on");
        refused(() -> kith.introductions().propose(owner(),
                new NewIntroduction(sam.id(), ada.id(), "x", LocalDate.of(3000, 1, 1)), TODAY))
                .isInstanceOf(Invalid.class).extracting(e -> ((Invalid) e).field()).isEqualTo("on");
    }

    @Test
    void aStepMustBeOneKithKnowsWithWhatItNeeds() {
        record Case(IntroStep step, String field) {
        }
        for (Case c : List.of(
                new Case(new IntroStep("befriended", sam.id(), null, null, null, null), "step"),
                new Case(new IntroStep(null, sam.id(), null, null, null, null), "step"),
                new Case(new IntroStep("asked", null, null, null, null, null), "personId"),
                new Case(new IntroStep("introduced", sam.id(), null, null, null, null), "personId"),
                new Case(new IntroStep("outcome", null, null, null, null, null), "outcome"),
                new Case(new IntroStep("outcome", null, null, null, "proposed", null), "outcome"),
                new Case(new IntroStep("outcome", null, null, null, "married", null), "outcome"),
                new Case(new IntroStep("outcome", null, null, "email", "met", null), "channel"),
                new Case(new IntroStep("asked", sam.id(), null, null, "met", null), "outcome"),
                new Case(new IntroStep("asked", sam.id(), null, "pigeon", null, null), "channel"),
                new Case(new IntroStep("asked", sam.id(), null, null, null, "x".repeat(1001)), "note"))) {
            refused(() -> step(c.step())).as(c.toString()).isInstanceOf(Invalid.class)
                    .extracting(e -> ((Invalid) e).field()).isEqualTo(c.field());
        }
    }

    @Test
    void anotherAccountsIntroductionIsNotFound() {
        long other = anotherAccount();

        refused(() -> kith.introductions().get(other, intro.id())).isInstanceOf(NotFound.class)
                .hasMessage("No introduction " + intro.id());
        refused(() -> kith.introductions().step(other, intro.id(), IntroStep.asked(sam.id(), TODAY), TODAY))
                .isInstanceOf(NotFound.class).hasMessage("No introduction " + intro.id());
        refused(() -> kith.introductions().step(owner(), 999_999, IntroStep.asked(sam.id(), TODAY), TODAY))
                .isInstanceOf(NotFound.class).hasMessage("No introduction 999999");
        assertThat(kith.introductions().list(other, IntroQuery.all())).isEmpty();
        refused(() -> kith.introductions().ofPerson(other, sam.id())).isInstanceOf(NotFound.class);
    }
}
