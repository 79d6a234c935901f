package app.kith.dupes;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.StoreTest;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Likely duplicates are found by what makes two cards one person, and said why. */
class DuplicatesTest extends StoreTest {

    private Person add(long account, String name, List<String> emails, List<String> phones, String company,
                       String linkedin) {
        return kith.people().add(account, new PersonDraft(name, emails, phones, company, null, null, linkedin, null,
                null, null, null, null, null, null, null), TODAY);
    }

    private Person add(String name) {
        return add(owner(), name, null, null, null, null);
    }

    private List<String> reasons() {
        return kith.duplicates().duplicates(owner()).stream()
                .map(d -> d.a().name() + " & " + d.b().name() + ": " + String.join("; ", d.reasons())).toList();
    }

    @Test
    void theSameEmailIgnoringCaseMakesTwoPeopleLikelyOne() {
        add(owner(), "Ada Lovelace", List.of("ada@example.com"), null, null, null);
        add(owner(), "Countess of Lovelace", List.of("ADA@example.com"), null, null, null);
        assertThat(reasons()).containsExactly("Ada Lovelace & Countess of Lovelace: same email ada@example.com");
    }

    @Test
    void theSameLinkedInProfileHoweverTyped() {
        add(owner(), "Grace Hopper", null, null, null, "https://www.linkedin.com/in/grace/");
        add(owner(), "Amazing Grace", null, null, null, "linkedin.com/in/Grace");
        assertThat(reasons()).containsExactly("Grace Hopper & Amazing Grace: same LinkedIn profile");
    }

    @Test
    void theSamePhoneDigitsAsTheFirstTypedThem() {
        add(owner(), "Alan Turing", null, List.of("+44 20 1234 5678"), null, null);
        add(owner(), "Prof. Turing", null, List.of("+44 (20) 1234-5678"), null, null);
        assertThat(reasons()).containsExactly("Alan Turing & Prof. Turing: same phone +44 20 1234 5678");
    }

    @Test
    void theSameNameAndCompany() {
        add(owner(), "Charles Babbage", null, null, "Analytical Engines", null);
        add(owner(), "charles  babbage", null, null, "analytical engines", null);
        assertThat(reasons()).containsExactly(
                "Charles Babbage & charles  babbage: same name and company (Analytical Engines)");
    }

    @Test
    void shortNamesALetterOrTwoApartAreTwoPeople() {
        add("Rin Matsumoto");
        add("Ren Matsumoto");
        add("Ji-ho Jang");
        add("Ji-woo Jang");
        add("Yang Zhu");
        add("Yang Zhao");
        add("Ye-jin Jang");
        add("Ye-jin Jung");
        add("Burak Yıldız");
        add("Burak Yılmaz");

        assertThat(reasons()).isEmpty();
    }

    @Test
    void closeNamesByATypoOrAnInitial() {
        add("Jon Smith");
        add("John Smith");
        add("J. Smith");
        add("Ada Lovelace");
        add("Ada L.");
        add("Bartholomew Higgins");
        add("Bartholomew Higins");
        assertThat(reasons()).containsExactly(
                "Jon Smith & John Smith: close names: Jon Smith / John Smith",
                "Jon Smith & J. Smith: close names: Jon Smith / J. Smith",
                "John Smith & J. Smith: close names: John Smith / J. Smith",
                "Ada Lovelace & Ada L.: close names: Ada Lovelace / Ada L.",
                "Bartholomew Higgins & Bartholomew Higins: close names: Bartholomew Higgins / Bartholomew Higins");
    }

    @Test
    void mostReasonsFirst() {
        add("Jon Smith");
        add("John Smith");
        add(owner(), "Ada Lovelace", List.of("ada@example.com"), List.of("020 7946 0000"), null, null);
        add(owner(), "Ada L.", List.of("ada@example.com"), List.of("020-7946-0000"), null, null);
        assertThat(reasons()).containsExactly(
                "Ada Lovelace & Ada L.: same email ada@example.com; same phone 020 7946 0000; close names: Ada Lovelace / Ada L.",
                "Jon Smith & John Smith: close names: Jon Smith / John Smith");
    }

    @Test
    void differentPeopleWithACommonFirstNameAreNotDuplicates() {
        add("John Smith");
        add("John Brown");
        add("John Baker");
        add(owner(), "Mary Jones", null, null, "Acme", null);
        add(owner(), "Mary Jones", null, null, "Globex", null);
        add("Jan Kowalski");
        add("Anna Kowalski");
        assertThat(reasons()).isEmpty();
    }

    @Test
    void deletedPeopleAndOtherAccountsAreNeverPaired() {
        Person gone = add(owner(), "Ada Lovelace", List.of("ada@example.com"), null, null, null);
        add(owner(), "Ada Byron", List.of("ada@example.com"), null, null, null);
        kith.people().delete(owner(), gone.id());
        long other = anotherAccount();
        add(other, "Ada Lovelace", List.of("ada@example.com"), null, null, null);
        add(other, "Ada Lovelace", List.of("ada@example.com"), null, null, null);

        assertThat(reasons()).isEmpty();
        assertThat(kith.duplicates().duplicates(other)).hasSize(1);
    }

    @Test
    void thirtyThousandPeopleAreComparedWithinSmallGroupsOnly() {
        String[] first = {"John", "Mary", "Ada", "Alan", "Grace", "Jon", "Maria", "Anna", "Peter", "Paul", "Sara", "Tom"};
        List<PersonDraft> drafts = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            String name = first[i % first.length] + " Family" + (i / 7);
            drafts.add(new PersonDraft(name, List.of("p" + (i % 29_990) + "@example.com"), null, "Company " + (i % 300),
                    null, null, null, null, null, null, null, null, null, null, null));
        }
        kith.people().addAll(owner(), drafts, TODAY);

        List<Duplicate> found = kith.duplicates().duplicates(owner());

        assertThat(found).isNotEmpty().allSatisfy(d -> assertThat(d.reasons()).isNotEmpty());
        assertThat(found).anySatisfy(d -> assertThat(d.reasons()).anyMatch(r -> r.startsWith("same email")));
    }
}
