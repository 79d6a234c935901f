package app.kith.person;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.StoreTest;
import app.kith.touchpoint.NewTouchpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The people a few identity keys name, looked up by the keys stored with each email, phone and
 * LinkedIn profile: the same answer as the whole index, kept right by every write.
 */
class IdentityLookupTest extends StoreTest {

    private static final String ADA_EMAIL = Identities.emailKey("ada@example.com");
    private static final String ADA_PHONE = Identities.phoneKey("+44 20 7946 0000");
    private static final String ADA_PROFILE = Identities.linkedinKey("linkedin.com/in/ada-l");

    private static PersonDraft person(String name, String email, String phone, String linkedin) {
        return new PersonDraft(name, email == null ? List.of() : List.of(email), phone == null ? List.of() : List.of(phone),
                null, null, null, linkedin, null, null, null, null, null, null, null, null);
    }

    private Map<String, Long> lookUp(String... keys) {
        return kith.identities().identityIndex(owner(), List.of(keys));
    }

    private Person ada() {
        return kith.people().add(owner(), person("Ada Lovelace", "Ada@Example.com", "+44 (20) 7946-0000",
                "https://www.linkedin.com/in/Ada-L/"), TODAY);
    }

    @Test
    void aFilesKeysFindWhomTheWholeIndexNamesAndNoOneElse() {
        Person ada = ada();
        kith.people().add(owner(), person("Bob Short", null, "123", null), TODAY);
        kith.people().add(anotherAccount(), person("Ada Elsewhere", "ada@example.com", "+442079460000", null), TODAY);

        Map<String, Long> found = lookUp(ADA_EMAIL, ADA_PHONE, ADA_PROFILE, Identities.phoneKey("0123456789"),
                Identities.emailKey("nobody@example.com"));

        assertThat(found).isEqualTo(Map.of(ADA_EMAIL, ada.id(), ADA_PHONE, ada.id(), ADA_PROFILE, ada.id()));
        assertThat(kith.identities().identityIndex(owner())).isEqualTo(found);
    }

    @Test
    void aKeyTwoPeopleShareFindsTheOneAddedFirstWhileTheyLive() {
        Person first = ada();
        Person second = ada();
        // A scan in the order of an index on the last touch would meet the second first.
        kith.touchpoints().log(owner(), new NewTouchpoint(first.id(), TODAY, "call", "out", null), TODAY);

        assertThat(lookUp(ADA_EMAIL, ADA_PHONE, ADA_PROFILE)).containsOnlyKeys(ADA_EMAIL, ADA_PHONE, ADA_PROFILE)
                .allSatisfy((key, id) -> assertThat(id).isEqualTo(first.id()));

        kith.people().delete(owner(), first.id());
        assertThat(lookUp(ADA_EMAIL, ADA_PHONE, ADA_PROFILE)).allSatisfy((key, id) -> assertThat(id).isEqualTo(second.id()));
        assertThat(second.id()).isGreaterThan(first.id());
    }

    @Test
    void anEditMovesThePersonsKeys() {
        Person ada = ada();

        kith.people().update(owner(), ada.id(), person("Ada Lovelace", "countess@example.com", "020 7946 1111",
                "https://uk.linkedin.com/in/countess"));

        assertThat(lookUp(ADA_EMAIL, ADA_PHONE, ADA_PROFILE)).isEmpty();
        assertThat(lookUp(Identities.emailKey("COUNTESS@example.com"), Identities.phoneKey("02079461111"),
                Identities.linkedinKey("https://www.linkedin.com/in/countess/"))).hasSize(3).containsValue(ada.id());

        kith.people().update(owner(), ada.id(), PersonDraft.named("Ada Lovelace"));
        assertThat(kith.identities().identityIndex(owner())).isEmpty();
    }

    @Test
    void deletedPeopleAreNotFoundUntilRestored() {
        Person ada = ada();
        Person grace = kith.people().add(owner(), person("Grace Hopper", "grace@example.com", null, null), TODAY);
        String graceEmail = Identities.emailKey("grace@example.com");

        kith.people().delete(owner(), ada.id());
        BulkResult bulk = kith.bulkEdits().apply(owner(), new Selection.Ids(List.of(grace.id())), new BulkChange.Delete(),
                TODAY);
        assertThat(lookUp(ADA_EMAIL, ADA_PHONE, ADA_PROFILE, graceEmail)).isEmpty();

        kith.people().restore(owner(), ada.id());
        kith.bulkEdits().restore(owner(), bulk.batch());
        assertThat(lookUp(ADA_EMAIL, ADA_PHONE, ADA_PROFILE, graceEmail))
                .isEqualTo(Map.of(ADA_EMAIL, ada.id(), ADA_PHONE, ada.id(), ADA_PROFILE, ada.id(), graceEmail, grace.id()));
    }

    @Test
    void peopleAddedManyAtOnceAreFoundByTheirKeys() {
        List<Long> ids = kith.people().addAll(owner(), List.of(
                person("Ada Lovelace", "ada@example.com", "+44 20 7946 0000", "www.linkedin.com/in/ada-l"),
                person("Grace Hopper", "grace@example.com", "(555) 010-9999", "https://linkedin.com/in/grace")), TODAY);

        assertThat(lookUp(ADA_EMAIL, ADA_PHONE, ADA_PROFILE, Identities.phoneKey("555 010 9999"),
                Identities.linkedinKey("linkedin.com/in/grace/")))
                .isEqualTo(Map.of(ADA_EMAIL, ids.get(0), ADA_PHONE, ids.get(0), ADA_PROFILE, ids.get(0),
                        Identities.phoneKey("5550109999"), ids.get(1), Identities.linkedinKey("linkedin.com/in/grace"), ids.get(1)));
        assertThat(kith.identities().identityIndex(owner())).hasSize(6);
    }

    @Test
    void manyKeysAreLookedUpInBatches() {
        List<PersonDraft> drafts = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int n = 0; n < 1_200; n++) {
            drafts.add(person("Person " + n, "p" + n + "@example.com", "+1 555 01" + (10_000 + n), null));
            keys.add(Identities.emailKey("p" + n + "@example.com"));
            keys.add(Identities.phoneKey("+1 555 01" + (10_000 + n)));
        }
        List<Long> ids = kith.people().addAll(owner(), drafts, TODAY);

        Map<String, Long> found = kith.identities().identityIndex(owner(), keys);

        assertThat(found).hasSize(2_400).containsEntry(keys.get(2_398), ids.get(1_199));
        assertThat(kith.identities().identityIndex(owner())).isEqualTo(found);
    }
}
