package app.kith.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import app.kith.StoreTest;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Who#find} and {@link Who#why} on both stores: what is typed into a search box or a person field. */
class WhoFindTest extends StoreTest {

    private static PersonDraft draft(String name, String role, String company, List<String> emails, List<String> topics,
                                     String notes) {
        return new PersonDraft(name, emails, List.of(), company, role, null, null, null, null, topics, null, notes, null,
                List.of(), null, List.of());
    }

    private Person add(PersonDraft d) {
        return kith.people().add(owner(), d, TODAY);
    }

    private Person add(String name, String role) {
        return add(draft(name, role, null, List.of(), List.of(), null));
    }

    private List<Long> find(String text) {
        return kith.who().find(owner(), text, 50);
    }

    @Test
    void aNameIsFoundByItsBeginningAsTypedAtEveryKeystroke() {
        Person turing = add("Alan Turing", "Mathematician");
        add("Ada Lovelace", "Analyst");

        // The stemmed index holds "ture" for Turing, so "Turi" and "Turin" are no prefix of it.
        for (String typed : List.of("t", "Tu", "Tur", "Turi", "Turin", "Turing", "alan t", "AL TUR")) {
            assertThat(find(typed)).as(typed).containsExactly(turing.id());
        }
    }

    @Test
    void namesComeFirstThenWhoKnowsThenOtherBeginnings() {
        Person principal = add("Otto Weiss", "Principal engineer");
        Person priya = add("Priya Raman", "Recruiter");
        Person mention = add(draft("Nora Berg", "Teacher", null, List.of(), List.of(), "Priya's old flatmate."));
        Person shah = add("Priya Shah", "Designer");

        assertThat(find("Pri")).containsExactly(priya.id(), shah.id(), principal.id());
        assertThat(find("priya")).containsExactly(priya.id(), shah.id(), mention.id());
        assertThat(find("pri", 2)).containsExactly(priya.id(), shah.id());
    }

    private List<Long> find(String text, int max) {
        return kith.who().find(owner(), text, max);
    }

    @Test
    void fullTextStemsAndATypoInANameStillFinds() {
        Person ines = add("Ines Duarte", "Professor of accounting");
        Person raman = add("Priya Raman", "Recruiter");
        add("Priya Shah", "Designer");

        assertThat(find("accountant")).containsExactly(ines.id());
        assertThat(find("Priya Ramen")).first().isEqualTo(raman.id());
    }

    @Test
    void emailsCompaniesAndTopicsAreFoundByTheirWordsBeginnings() {
        Person grace = add(draft("Grace Hopper", null, "US Navy", List.of("grace@navy.example"), List.of("compilers"), null));
        Person soo = add(draft("Soo-ah Lim", null, null, List.of(), List.of("data-engineering"), null));

        assertThat(find("navy.ex")).containsExactly(grace.id());
        assertThat(find("grace@navy")).containsExactly(grace.id());
        assertThat(find("compil")).containsExactly(grace.id());
        assertThat(find("ah")).containsExactly(soo.id());
        assertThat(find("engin")).containsExactly(soo.id());
        assertThat(find("avy")).isEmpty();
    }

    @Test
    void whySaysTheFieldsAndWordsAsTypedOrStemmed() {
        Person ines = add(draft("Ines Duarte", "Professor of accounting", "Lisbon University", List.of(), List.of("tax"),
                "Met at the accounting fair."));
        Person raman = add("Priya Raman", "Recruiter");

        Map<Long, List<WhoResult.Match>> why = kith.who().why(owner(), "accountant", List.of(ines.id()));
        assertThat(why.get(ines.id())).containsExactly(new WhoResult.Match("role", List.of("accounting")),
                new WhoResult.Match("notes", List.of("accounting")));
        assertThat(kith.who().why(owner(), "Pri", List.of(raman.id())).get(raman.id()))
                .containsExactly(new WhoResult.Match("name", List.of("priya")));
        assertThat(kith.who().why(owner(), "lisb", List.of(ines.id())).get(ines.id()))
                .containsExactly(new WhoResult.Match("company", List.of("lisbon")));
        assertThat(kith.who().why(owner(), "Priya Ramen", List.of(raman.id())).get(raman.id()))
                .containsExactly(new WhoResult.Match("name", List.of("priya", "raman")));
    }

    @Test
    void amongSomePeopleOnlyThoseAreFound() {
        Person raman = add("Priya Raman", "Recruiter");
        Person shah = add("Priya Shah", "Recruiter");

        assertThat(kith.who().find(owner(), "pri", List.of(shah.id()), 10)).containsExactly(shah.id());
        assertThat(kith.who().find(owner(), "recruiter", List.of(raman.id()), 10)).containsExactly(raman.id());
        assertThat(kith.who().find(owner(), "Priya Ramen", List.of(shah.id()), 10)).containsExactly(shah.id());
        assertThat(kith.who().find(owner(), "pri", List.of(), 10)).isEmpty();
    }

    @Test
    void anEditedNoteIsFoundAtOnce() {
        Person nora = add(draft("Nora Berg", "Teacher", null, List.of(), List.of(), "Knows the opera."));
        assertThat(find("kreuzberg")).isEmpty();

        kith.people().update(owner(), nora.id(), draft("Nora Berg", "Teacher", null, List.of(), List.of(),
                "Helped me find my flat in Kreuzberg."));

        assertThat(find("kreuzberg")).containsExactly(nora.id());
        assertThat(find("opera")).isEmpty();
    }

    @Test
    void anotherAccountsAndDeletedPeopleAreNeverFound() {
        Person mine = add("Mine Sommelier", "Sommelier");
        Person gone = add("Gone Sommelier", "Sommelier");
        kith.people().delete(owner(), gone.id());
        long other = anotherAccount();
        Person theirs = kith.people().add(other, PersonDraft.named("Theirs Sommelier"), TODAY);

        assertThat(find("somm")).containsExactly(mine.id());
        assertThat(find("sommelier")).containsExactly(mine.id());
        assertThat(kith.who().find(other, "somm", 10)).containsExactly(theirs.id());
        assertThat(kith.who().why(other, "sommelier", List.of(mine.id()))).isEmpty();
    }

    @Test
    void anythingTypedGivesResultsOrNoneButNeverAnError() {
        add(draft("100% Real", "Engineer", null, List.of("back\\slash@x.example"), List.of("C++"), null));
        for (String text : List.of("%", "_", "\\", "'", "\"", "*", "pri*", "a:*", "'; DROP TABLE person; --", "-", "@",
                ".", "c++", "(", "NEAR(a b)", "&|!", "x".repeat(200), "a b c d e f g h i j k l")) {
            assertThatCode(() -> find(text)).as(text).doesNotThrowAnyException();
        }
        assertThat(find("%")).isEmpty();
        assertThat(find("100%")).hasSize(1);
        assertThat(find("back\\")).hasSize(1);
    }
}
