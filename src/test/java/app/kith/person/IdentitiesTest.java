package app.kith.person;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.StoreTest;
import org.junit.jupiter.api.Test;

/** Who is who: a typed reference resolved to a person, and name cards of the account's living people. */
class IdentitiesTest extends StoreTest {

    private Person add(String name) {
        return kith.people().add(owner(), PersonDraft.named(name), TODAY);
    }

    @Test
    void aReferenceResolvesByIdThenExactNameThenPartOfAName() {
        Person ann = add("Ann Smith");
        Person anna = add("Anna Smith");
        Person bob = add("Bob Jones");

        assertThat(kith.identities().resolve(owner(), String.valueOf(bob.id()))).isEqualTo(new Match.One(bob));
        assertThat(kith.identities().resolve(owner(), " ann smith ")).isEqualTo(new Match.One(ann));
        assertThat(kith.identities().resolve(owner(), "JONES")).isEqualTo(new Match.One(bob));
        assertThat(kith.identities().resolve(owner(), "smith")).isInstanceOfSatisfying(Match.Many.class,
                many -> assertThat(many.people()).extracting(Person::id).containsExactly(ann.id(), anna.id()));
        assertThat(kith.identities().resolve(owner(), "Zoe")).isEqualTo(new Match.None("Zoe"));
        assertThat(kith.identities().resolve(owner(), "")).isInstanceOf(Match.None.class);
        assertThat(kith.identities().resolve(owner(), null)).isInstanceOf(Match.None.class);
        assertThat(kith.identities().resolve(owner(), "999999")).isInstanceOf(Match.None.class);
    }

    @Test
    void aPersonWhoseNameIsANumberIsFoundWhenNoIdMatches() {
        Person seven = add("7");

        assertThat(kith.identities().resolve(owner(), "7")).isEqualTo(new Match.One(seven));
    }


    @Test
    void nameCardsAreTheAccountsLivingPeopleInTheOrderTheyWereAdded() {
        Person ada = kith.people().add(owner(), new PersonDraft("Ada Lovelace", null, null,
                "Analytical Engines", null, null, null, null, null, null, null, null, null, null, null), TODAY);
        Person gone = kith.people().add(owner(), PersonDraft.named("Gone Person"), TODAY);
        Person grace = kith.people().add(owner(), PersonDraft.named("Grace Hopper"), TODAY);
        kith.people().delete(owner(), gone.id());
        long other = anotherAccount();
        kith.people().add(other, PersonDraft.named("Ada Lovelace"), TODAY);

        assertThat(kith.identities().nameCards(owner())).containsExactly(
                new NameCard(ada.id(), "Ada Lovelace", "Analytical Engines"),
                new NameCard(grace.id(), "Grace Hopper", null));
    }

    @Test
    void aProfileTwoPeopleShareAlwaysFindsTheOneAddedFirst() {
        PersonDraft draft = new PersonDraft("Emre Yilmaz", null, null, null, null, null,
                "https://www.linkedin.com/in/emre-yilmaz", null, null, null, null, null, null, null, null);
        Person first = kith.people().add(owner(), draft, TODAY);
        Person second = kith.people().add(owner(), draft, TODAY);
        // A scan in the order of an index on the last touch would meet the second first.
        kith.touchpoints().log(owner(), new app.kith.touchpoint.NewTouchpoint(first.id(), TODAY, "call", "out", null),
                TODAY);

        assertThat(kith.identities().identityIndex(owner()))
                .containsEntry(Identities.linkedinKey("https://linkedin.com/in/Emre-Yilmaz/"), first.id());
        assertThat(second.id()).isGreaterThan(first.id());
    }
}
