package app.kith.dupes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.Invalid;
import app.kith.NotFound;
import app.kith.StoreTest;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.NewTouchpoint;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which of a pair is kept by default, and "not the same person": a pair said to be two people is
 * never suggested again, however often the finder meets it, until the user takes it back.
 */
class DismissedPairsTest extends StoreTest {

    private Person add(long account, String name, String email) {
        return kith.people().add(account, new PersonDraft(name, List.of(email), null, null, null, null, null, null, null,
                null, null, null, null, null, null), TODAY);
    }

    private List<String> pairs() {
        return kith.duplicates().duplicates(owner()).stream().map(d -> d.a().name() + " & " + d.b().name()).toList();
    }

    @Test
    void theOneWithMoreTouchpointsIsKeptElseTheOneAddedFirst() {
        Person ada = add(owner(), "Ada Lovelace", "ada@example.com");
        Person adaL = add(owner(), "Ada L.", "ada@example.com");
        assertThat(pairs()).containsExactly("Ada Lovelace & Ada L.");

        kith.touchpoints().log(owner(), new NewTouchpoint(adaL.id(), TODAY, "call", "out", null), TODAY);

        Duplicate d = kith.duplicates().duplicates(owner()).get(0);
        assertThat(d.a().id()).isEqualTo(adaL.id());
        assertThat(d.touchpointsA()).isEqualTo(1);
        assertThat(d.touchpointsB()).isZero();
        assertThat(d.swapped().a().id()).isEqualTo(ada.id());
        assertThat(d.reasons()).containsExactly("same email ada@example.com", "close names: Ada Lovelace / Ada L.");
    }

    @Test
    void aPairSaidToBeTwoPeopleIsNeverSuggestedAgainUntilTakenBack() {
        Person ada = add(owner(), "Ada Lovelace", "ada@example.com");
        Person adaL = add(owner(), "Ada L.", "ada@example.com");
        Person countess = add(owner(), "Countess Lovelace", "ada@example.com");
        assertThat(pairs()).hasSize(3);

        kith.duplicates().dismiss(owner(), adaL.id(), ada.id());
        kith.duplicates().dismiss(owner(), ada.id(), adaL.id()); // twice changes nothing

        assertThat(pairs()).containsExactlyInAnyOrder("Ada Lovelace & Countess Lovelace", "Ada L. & Countess Lovelace");
        assertThat(rows("not_duplicate")).isEqualTo(1);

        kith.duplicates().undismiss(owner(), ada.id(), adaL.id());
        assertThat(pairs()).hasSize(3);
        assertThat(countess.id()).isPositive();
    }

    @Test
    void aPairIsDismissedPerAccountAndOnlyForItsOwnPeople() {
        Person ada = add(owner(), "Ada Lovelace", "ada@example.com");
        Person adaL = add(owner(), "Ada L.", "ada@example.com");
        long other = anotherAccount();

        assertThatThrownBy(() -> kith.duplicates().dismiss(other, ada.id(), adaL.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kith.duplicates().dismiss(owner(), ada.id(), ada.id())).isInstanceOf(Invalid.class);
        assertThat(rows("not_duplicate")).isZero();
        assertThat(pairs()).hasSize(1);
    }

    @Test
    void purgingEitherPersonPurgesTheirDismissedPairs() {
        Person ada = add(owner(), "Ada Lovelace", "ada@example.com");
        Person adaL = add(owner(), "Ada L.", "ada@example.com");
        kith.duplicates().dismiss(owner(), ada.id(), adaL.id());

        kith.people().erase(owner(), List.of(adaL.id()));

        assertThat(rows("not_duplicate")).isZero();
    }
}
