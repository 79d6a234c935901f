package app.kith.person;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.StoreTest;
import org.junit.jupiter.api.Test;

/** Name cards: every living person of one account, as typed, in the order they were added. */
class PeopleNameCardsTest extends StoreTest {

    @Test
    void nameCardsAreTheAccountsLivingPeopleInTheOrderTheyWereAdded() {
        Person ada = kith.people().add(owner(), new PersonDraft("Ada Lovelace", null, null,
                "Analytical Engines", null, null, null, null, null, null, null, null, null, null, null), TODAY);
        Person gone = kith.people().add(owner(), PersonDraft.named("Gone Person"), TODAY);
        Person grace = kith.people().add(owner(), PersonDraft.named("Grace Hopper"), TODAY);
        kith.people().delete(owner(), gone.id());
        long other = anotherAccount();
        kith.people().add(other, PersonDraft.named("Ada Lovelace"), TODAY);

        assertThat(kith.people().nameCards(owner())).containsExactly(
                new NameCard(ada.id(), "Ada Lovelace", "Analytical Engines"),
                new NameCard(grace.id(), "Grace Hopper", null));
    }
}
