package app.kith.dav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.StoreTest;
import app.kith.circle.Circle;
import app.kith.circle.CircleChange;
import app.kith.person.Identities;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.NewTouchpoint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The address book's store on both stores: change tracking by the triggers, puts, deletes and preconditions. */
class AddressBookTest extends StoreTest {

    private AddressBook book;
    private long account;

    @BeforeEach
    void book() {
        book = kith.addressBook();
        account = owner();
    }

    @Test
    void aNewAddressBookStartsAtRevisionZeroAndHasNoChanges() {
        assertThat(book.syncToken(account)).isEqualTo("urn:kith:sync:0");
        Changes none = book.changesSince(account, "urn:kith:sync:0");
        assertThat(none.changed()).isEmpty();
        assertThat(none.removed()).isEmpty();
    }

    @Test
    void everyWriteThatShowsOnACardIsAChangeAndATouchpointIsNot() {
        Person ada = add("Ada Lovelace");
        Person bob = add("Bob Babbage");
        String token = book.syncToken(account);

        kith.touchpoints().log(account, new NewTouchpoint(ada.id(), TODAY, "call", "out", null), TODAY);
        assertThat(book.changesSince(account, token).changed()).as("a touchpoint is not on the card").isEmpty();
        assertThat(book.syncToken(account)).isEqualTo(token);

        kith.people().update(account, ada.id(), ada.toDraft().withName("Ada King"));
        Changes changes = book.changesSince(account, token);
        assertThat(changes.changed()).extracting(Card::name).containsExactly("kith-" + ada.id() + ".vcf");
        assertThat(changes.changed().get(0).vcard()).contains("FN:Ada King", "UID:kith-" + ada.id());
        assertThat(changes.token()).isNotEqualTo(token);
        assertThat(book.changesSince(account, changes.token()).changed()).isEmpty();
        assertThat(bob.id()).isPositive();
    }

    @Test
    void aRenamedCircleChangesItsMembersCards() {
        Circle science = kith.circles().add(account, "Science", 30);
        Person ada = kith.people().add(account, PersonDraft.named("Ada").withCircles(List.of("Science")), TODAY);
        add("Bob");
        String token = book.syncToken(account);

        kith.circles().change(account, science.id(), new CircleChange("Mathematics", null, false));

        Changes changes = book.changesSince(account, token);
        assertThat(changes.changed()).extracting(Card::name).containsExactly("kith-" + ada.id() + ".vcf");
        assertThat(changes.changed().get(0).vcard()).contains("CATEGORIES:Mathematics");
    }

    @Test
    void deletedErasedAndRestoredPeopleAreReported() {
        Person ada = add("Ada");
        Person bob = add("Bob");
        String token = book.syncToken(account);

        kith.people().delete(account, ada.id());
        kith.people().erase(account, List.of(bob.id()));
        Changes gone = book.changesSince(account, token);
        assertThat(gone.changed()).isEmpty();
        assertThat(gone.removed()).containsExactlyInAnyOrder("kith-" + ada.id() + ".vcf", "kith-" + bob.id() + ".vcf");

        kith.people().restore(account, ada.id());
        assertThat(book.changesSince(account, gone.token()).changed()).extracting(Card::name)
                .containsExactly("kith-" + ada.id() + ".vcf");
    }

    @Test
    void anotherAccountsChangesAreNeitherSeenNorCounted() {
        long other = anotherAccount();
        String token = book.syncToken(account);
        Person theirs = kith.people().add(other, PersonDraft.named("Someone Else"), TODAY);

        assertThat(book.syncToken(account)).isEqualTo(token);
        assertThat(book.all(account)).isEmpty();
        assertThat(book.card(account, "kith-" + theirs.id() + ".vcf")).isEmpty();
        assertThatThrownBy(() -> book.delete(account, "kith-" + theirs.id() + ".vcf", null))
                .isInstanceOf(app.kith.NotFound.class);
        assertThat(kith.people().get(other, theirs.id()).name()).isEqualTo("Someone Else");
    }

    @Test
    void aPhonesCardKeepsItsNameAndUidAndIsReportedUnderItWhenDeleted() {
        String card = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:urn:uuid:1234\r\nFN:Hedy Lamarr\r\nEND:VCARD\r\n";
        Written made = book.put(account, "1234.vcf", card, null, true);
        assertThat(made.created()).isTrue();
        assertThat(made.card().name()).isEqualTo("1234.vcf");
        assertThat(made.card().vcard()).contains("UID:urn:uuid:1234");
        String token = book.syncToken(account);

        book.delete(account, "1234.vcf", made.card().etag());

        assertThat(book.changesSince(account, token).removed()).containsExactly("1234.vcf");
        assertThat(book.all(account)).isEmpty();
        assertThat(rows("person")).as("in the trash, not gone").isEqualTo(1);
    }

    @Test
    void aPhonesCardIsFoundByItsEmailAndNumberAsTheyChange() {
        String card = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:hedy\r\nFN:Hedy Lamarr\r\nEMAIL:Hedy@Example.com\r\n"
                + "TEL:+1 (555) 010-2030\r\nEND:VCARD\r\n";
        List<String> keys = List.of(Identities.emailKey("hedy@example.com"), Identities.phoneKey("15550102030"),
                Identities.phoneKey("+1 555 010 9999"));

        book.put(account, "hedy.vcf", card, null, true);
        long hedy = kith.people().search(account, null, 10, 0).get(0).id();
        assertThat(kith.identities().identityIndex(account, keys)).isEqualTo(Map.of(keys.get(0), hedy, keys.get(1), hedy));

        book.put(account, "hedy.vcf", card.replace("010-2030", "010-9999"), null, false);
        assertThat(kith.identities().identityIndex(account, keys)).isEqualTo(Map.of(keys.get(0), hedy, keys.get(2), hedy));

        book.delete(account, "hedy.vcf", null);
        assertThat(kith.identities().identityIndex(account, keys)).isEmpty();
    }

    @Test
    void aValueKithCannotTakeIsLeftOutRatherThanTheCardRefused() {
        String card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nEMAIL:not an email\r\n"
                + "EMAIL:ada@example.com\r\nBDAY:1815-13-45\r\nEND:VCARD\r\n";

        assertThat(book.put(account, "ada.vcf", card, null, true).created()).isTrue();

        Person ada = kith.people().search(account, null, 10, 0).get(0);
        assertThat(ada.emails()).containsExactly("ada@example.com");
        assertThat(ada.birthday()).isNull();
    }

    @Test
    void aNameUsedByADeletedCardMakesANewPerson() {
        String card = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:abc\r\nFN:Hedy Lamarr\r\nEND:VCARD\r\n";
        book.put(account, "abc.vcf", card, null, true);
        book.delete(account, "abc.vcf", null);

        Written again = book.put(account, "abc.vcf", card.replace("Hedy Lamarr", "Hedy Kiesler"), null, true);

        assertThat(again.created()).isTrue();
        assertThat(book.card(account, "abc.vcf").orElseThrow().vcard()).contains("FN:Hedy Kiesler");
        assertThat(book.all(account)).hasSize(1);
    }

    @Test
    void aStaleETagChangesNothing() {
        Person ada = add("Ada Lovelace");
        String name = "kith-" + ada.id() + ".vcf";
        String seen = book.card(account, name).orElseThrow().etag();
        kith.people().update(account, ada.id(), ada.toDraft().withName("Ada King"));
        String card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Someone Else\r\nEND:VCARD\r\n";

        assertThatThrownBy(() -> book.put(account, name, card, seen, false)).isInstanceOf(PreconditionFailed.class);
        assertThatThrownBy(() -> book.delete(account, name, seen)).isInstanceOf(PreconditionFailed.class);
        assertThatThrownBy(() -> book.put(account, name, card, null, true)).isInstanceOf(PreconditionFailed.class);
        assertThat(kith.people().get(account, ada.id()).name()).isEqualTo("Ada King");
    }

    @Test
    void aPutKeepsWhatOnlyKithKnowsAndTakesWhatTheCardHolds() {
        kith.circles().add(account, "Science", 30);
        Person linus = kith.people().add(account, new PersonDraft("Linus Pauling", List.of("linus@example.com"),
                List.of("+1 555 0100"), "Caltech", "Professor", "Pasadena", null, "1901-02-28", "At a conference",
                List.of("chemistry"), "connector", "Talks fast", 45, List.of("Science"), null, List.of("a lab")), TODAY);
        String name = "kith-" + linus.id() + ".vcf";
        String phone = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Linus Pauling\r\nEMAIL:linus@caltech.edu\r\n"
                + "TEL:+1 555 0199\r\nORG:Oregon State\r\nTITLE:Chemist\r\nNOTE:Two Nobel prizes\r\nEND:VCARD\r\n";

        book.put(account, name, phone, book.card(account, name).orElseThrow().etag(), false);

        Person after = kith.people().get(account, linus.id());
        assertThat(after.emails()).containsExactly("linus@caltech.edu");
        assertThat(after.phones()).containsExactly("+1 555 0199");
        assertThat(after.company()).isEqualTo("Oregon State");
        assertThat(after.role()).isEqualTo("Chemist");
        assertThat(after.notes()).isEqualTo("Two Nobel prizes");
        assertThat(after.topics()).containsExactly("chemistry");
        assertThat(after.lookingFor()).containsExactly("a lab");
        assertThat(after.howWeMet()).isEqualTo("At a conference");
        assertThat(after.why().key()).isEqualTo("connector");
        assertThat(after.ownRhythmDays()).isEqualTo(45);
        assertThat(after.circles()).extracting(Person.CircleRef::name).containsExactly("Science");
    }

    @Test
    void aCardThatIsNoVCardIsRefusedNamingIt() {
        assertThatThrownBy(() -> book.put(account, "x.vcf", "hello", null, true)).isInstanceOf(app.kith.Invalid.class)
                .hasMessageContaining("vCard");
        assertThatThrownBy(() -> book.put(account, "../x.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nEND:VCARD\r\n",
                null, true)).isInstanceOf(app.kith.Invalid.class);
        assertThat(rows("person")).isZero();
    }

    @Test
    void anAppPasswordSignsInOnlyItsOwnAccountUntilRevoked() {
        kith.accounts().setUpOwner("me@example.com", "my own long password");
        var made = kith.appPasswords().create(account, "iPhone");
        assertThat(kith.appPasswords().authenticate("ME@example.com", made.password())).isPresent();
        assertThat(kith.appPasswords().authenticate("me@example.com", made.password().toUpperCase().replace("-", "")))
                .as("typed without dashes, in capitals").isPresent();
        assertThat(kith.appPasswords().authenticate("other@example.com", made.password())).isEmpty();
        assertThat(kith.appPasswords().authenticate("me@example.com", "my own long password")).isEmpty();
        assertThat(sql().sql("SELECT password_hash FROM app_password").query(String.class).single())
                .doesNotContain(made.password()).hasSize(64);

        kith.appPasswords().revoke(account, made.appPassword().id());
        assertThat(kith.appPasswords().authenticate("me@example.com", made.password())).isEmpty();
    }

    private Person add(String name) {
        return kith.people().add(account, PersonDraft.named(name), TODAY);
    }
}
