package app.kith.intro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.NotFound;
import app.kith.StoreTest;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Whom to introduce someone to: the people whose topics match what they are looking for, with the reason. */
class SuggestionsTest extends StoreTest {

    private Person sam;

    private Person add(long account, String name, List<String> topics, List<String> lookingFor) {
        return kith.people().add(account, new PersonDraft(name, null, null, null, null, null, null, null, null, topics,
                null, null, null, null, null, lookingFor), TODAY);
    }

    private List<Suggestion> forSam() {
        return kith.introductions().suggestions(owner(), sam.id());
    }

    @BeforeEach
    void samIsLookingForDataEngineeringAndHiring() {
        sam = add(owner(), "Sam Okafor", List.of("data engineering"), List.of("Data Engineering", "hiring"));
    }

    @Test
    void peopleWhoseTopicsMatchANeedAreSuggestedTheMostMatchesFirstWithTheReason() {
        Person priya = add(owner(), "Priya Raman", List.of("data engineering", "python"), List.of());
        Person ada = add(owner(), "Ada Lovelace", List.of("HIRING", "Data engineering"), List.of());
        add(owner(), "Bob Cook", List.of("cooking"), List.of("hiring"));

        List<Suggestion> suggestions = forSam();

        assertThat(suggestions).extracting(Suggestion::personId).containsExactly(ada.id(), priya.id());
        assertThat(suggestions.get(0)).isEqualTo(new Suggestion(ada.id(), "Ada Lovelace",
                List.of("Data Engineering", "hiring"), "Ada knows about Data Engineering and hiring, which Sam is looking for"));
        assertThat(suggestions.get(1).reason()).isEqualTo("Priya knows about Data Engineering, which Sam is looking for");
        assertThat(suggestions.get(1).needs()).containsExactly("Data Engineering");
    }

    @Test
    void aTopicSaidInANeedAsWholeWordsMatchesItAndTheReasonQuotesTheNeed() {
        Person jo = add(owner(), "Jo Park", List.of(), List.of("a Data Engineering job", "a co-founder"));
        Person priya = add(owner(), "Priya Raman", List.of("data", "data engineering"), List.of());
        add(owner(), "Bob Cook", List.of("engine"), List.of());
        add(owner(), "Al A", List.of("a", "job"), List.of());

        List<Suggestion> suggestions = kith.introductions().suggestions(owner(), jo.id());

        // Sam knows about data engineering too (see above), as much as Priya: the engine ranks them. Bob's
        // "engine" is no match for all of "Data Engineering", and Al's words are filler.
        assertThat(suggestions).extracting(Suggestion::personId).containsExactlyInAnyOrder(priya.id(), sam.id());
        assertThat(suggestions).contains(new Suggestion(priya.id(), "Priya Raman",
                List.of("a Data Engineering job"),
                "Priya knows about data engineering, which Jo is looking for (a Data Engineering job)"));
    }

    @Test
    void theDeletedAndAnotherAccountsPeopleAreNeverSuggested() {
        Person gone = add(owner(), "Gone Person", List.of("hiring"), List.of());
        kith.people().delete(owner(), gone.id());
        add(anotherAccount(), "Zelda Unseen", List.of("hiring", "data engineering"), List.of());

        assertThat(forSam()).isEmpty();
    }

    @Test
    void someoneWithAnOpenIntroductionToThePersonIsLeftOutUntilItCloses() {
        Person priya = add(owner(), "Priya Raman", List.of("hiring"), List.of());
        Person ada = add(owner(), "Ada Lovelace", List.of("hiring"), List.of());
        Introduction open = kith.introductions().propose(owner(), new NewIntroduction(priya.id(), sam.id(), "hiring", null),
                TODAY);

        assertThat(forSam()).extracting(Suggestion::personId).containsExactly(ada.id());

        kith.introductions().step(owner(), open.id(), IntroStep.asked(priya.id(), TODAY), TODAY);
        kith.introductions().step(owner(), open.id(), IntroStep.declined(priya.id(), TODAY), TODAY);

        assertThat(forSam()).extracting(Suggestion::personId).containsExactlyInAnyOrder(ada.id(), priya.id());
    }

    @Test
    void theEngineFindsWhoKnowsAboutANeedInOtherWordsAndSaysWhatTheyKnow() {
        Person lea = kith.people().add(owner(), new PersonDraft("Lea Stein", null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, List.of("an accountant")), TODAY);
        Person ines = kith.people().add(owner(), new PersonDraft("Ines Duarte", null, null, "Lisbon University",
                "Professor of accounting", null, null, null, null, List.of(), null, null, null, null, null, List.of()), TODAY);
        Person tom = add(owner(), "Tom Baker", List.of("Accountancy", "tax"), List.of());
        add(owner(), "Mia Roth", List.of("gardening"), List.of("an accountant"));
        kith.people().add(owner(), new PersonDraft("Noa Levi", null, null, null, null, null, null, null, null,
                List.of("cooking"), null, "Her brother is an accountant.", null, null, null, List.of()), TODAY);

        List<Suggestion> suggestions = kith.introductions().suggestions(owner(), lea.id());

        // Mia only looks for one herself, and Noa's brother is a passing mention: neither knows about it.
        assertThat(suggestions).extracting(Suggestion::personId).containsExactlyInAnyOrder(ines.id(), tom.id());
        assertThat(suggestions).contains(new Suggestion(ines.id(), "Ines Duarte", List.of("an accountant"),
                "Ines knows about accounting, which Lea is looking for (an accountant)"));
        assertThat(suggestions).contains(new Suggestion(tom.id(), "Tom Baker", List.of("an accountant"),
                "Tom knows about Accountancy, which Lea is looking for (an accountant)"));
    }

    @Test
    void aTopicEditedAMomentAgoIsSuggestedAtOnce() {
        Person priya = add(owner(), "Priya Raman", List.of("cooking"), List.of());
        assertThat(forSam()).isEmpty();

        kith.people().update(owner(), priya.id(), new PersonDraft("Priya Raman", null, null, null, null, null, null,
                null, null, List.of("recruiting and hiring"), null, null, null, null, null, List.of()));

        assertThat(forSam()).containsExactly(new Suggestion(priya.id(), "Priya Raman", List.of("hiring"),
                "Priya knows about recruiting and hiring, which Sam is looking for (hiring)"));
    }

    @Test
    void someoneLookingForNothingGetsNoSuggestions() {
        Person ada = add(owner(), "Ada Lovelace", List.of("hiring"), List.of());
        add(owner(), "Priya Raman", List.of("hiring"), List.of());

        assertThat(kith.introductions().suggestions(owner(), ada.id())).isEmpty();
    }

    @Test
    void anotherAccountsPersonHasNoSuggestions() {
        Person zelda = add(anotherAccount(), "Zelda Unseen", List.of(), List.of("hiring"));

        assertThatThrownBy(() -> kith.introductions().suggestions(owner(), zelda.id())).isInstanceOf(NotFound.class)
                .hasMessage("No person " + zelda.id());
    }
}
