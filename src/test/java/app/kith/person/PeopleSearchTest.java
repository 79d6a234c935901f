package app.kith.person;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.StoreTest;
import app.kith.person.PeopleQuery.Reason;
import app.kith.person.PeopleQuery.Sort;
import app.kith.search.WhoResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** People search and the People list with text, through the who-knows engine, on both stores. */
class PeopleSearchTest extends StoreTest {

    private static final PeopleQuery ALL = PeopleQuery.everyone(100).sortedBy(null);

    private static PersonDraft draft(String name, String role, List<String> topics, String notes, String why,
                                     Integer rhythm, List<String> circles, int startedDaysAgo) {
        return new PersonDraft(name, List.of(), List.of(), null, role, null, null, null, null, topics, why, notes, rhythm,
                circles, TODAY.minusDays(startedDaysAgo), List.of());
    }

    private Person add(String name, String role) {
        return add(draft(name, role, List.of(), null, null, null, List.of(), 0));
    }

    private Person add(PersonDraft d) {
        return kith.people().add(owner(), d, TODAY);
    }

    private List<String> searched(String text) {
        return kith.people().search(owner(), text, 100, 0).stream().map(Person::name).toList();
    }

    private FoundPeople list(PeopleQuery q) {
        return kith.people().list(owner(), q, TODAY);
    }

    private List<String> names(PeopleQuery q) {
        return list(q).people().stream().map(Person::name).toList();
    }

    @Test
    void anAccountantFindsTheAccountingProfessorInSearchAndList() {
        add("Ines Duarte", "Professor of accounting");
        add("Tom Baker", "Chef");

        assertThat(searched("accountant")).containsExactly("Ines Duarte");
        assertThat(names(ALL.withText("accountant"))).containsExactly("Ines Duarte");
        assertThat(list(ALL.withText("accountant")).why().values())
                .containsExactly(List.of(new WhoResult.Match("role", List.of("accounting"))));
    }

    @Test
    void aNameWithATypoAndANameHalfTypedAreFound() {
        add("Priya Raman", "Recruiter");
        add("Priya Shah", "Designer");
        add("Otto Weiss", "Principal engineer");

        assertThat(searched("Priya Ramen")).first().isEqualTo("Priya Raman");
        assertThat(searched("Pri")).containsExactly("Priya Raman", "Priya Shah", "Otto Weiss");
        assertThat(kith.people().search(owner(), "Pri", 1, 1)).extracting(Person::name).containsExactly("Priya Shah");
        assertThat(names(ALL.withText("priya r"))).containsExactly("Priya Raman");
    }

    @Test
    void theFiltersAndPagesApplyToWhatTheTextFindsBestMatchFirst() {
        long monthly = kith.circles().add(owner(), "Monthly", 30).id();
        // Roles outrank notes; among the notes, the ones due and connectors are filtered below.
        add(draft("Role One", "Data engineer", List.of(), null, "connector", null, List.of("Monthly"), 40));
        add(draft("Topic Two", "Chef", List.of("data engineering"), null, null, null, List.of("Monthly"), 40));
        add(draft("Note Three", "Chef", List.of(), "Her son is a data engineer.", "connector", null, List.of("Monthly"), 40));
        add(draft("Note Four", "Chef", List.of(), "Knows a data engineer.", "connector", null, List.of(), 40));
        add(draft("Not Due", "Data engineer", List.of(), null, "connector", null, List.of("Monthly"), 0));
        add("Unrelated", "Lawyer");
        PeopleQuery text = ALL.withText("data engineer");

        List<String> all = names(text);
        assertThat(all).hasSize(5).doesNotContain("Unrelated");
        assertThat(all.subList(3, 5)).containsExactlyInAnyOrder("Note Three", "Note Four");
        assertThat(names(text.inCircle(monthly).onlyDue(true).mattering(Reason.CONNECTOR)))
                .containsExactly("Role One", "Note Three");
        assertThat(list(text.inCircle(monthly)).total()).isEqualTo(4);

        PeopleQuery pages = new PeopleQuery("data engineer", null, false, null, null, 2, 0);
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < 6; offset += 2) {
            FoundPeople page = list(pages.from(offset));
            assertThat(page.total()).isEqualTo(5);
            assertThat(page.why().keySet()).containsExactlyInAnyOrderElementsOf(
                    page.people().stream().map(Person::id).toList());
            paged.addAll(page.people().stream().map(Person::name).toList());
        }
        assertThat(paged).isEqualTo(all);
        assertThat(names(text.sortedBy(Sort.NAME)))
                .containsExactly("Not Due", "Note Four", "Note Three", "Role One", "Topic Two");
    }

    @Test
    void aShortWordWithFiltersMissesNobodyBeyondWhatTheEngineReturns() {
        List<PersonDraft> many = new ArrayList<>();
        for (int i = 0; i < app.kith.search.Who.MAX_FOUND + 10; i++) {
            many.add(PersonDraft.named("Aa " + i));
        }
        kith.people().addAll(owner(), many, TODAY);
        add(draft("Zara Able", "Chef", List.of(), null, "awesome", null, List.of(), 0));

        // "a" begins a word of everyone; the awesome one comes last by name, past what the engine returns.
        assertThat(names(ALL.withText("a").mattering(Reason.AWESOME))).containsExactly("Zara Able");
        assertThat(list(ALL.withText("a")).total()).isEqualTo(app.kith.search.Who.MAX_FOUND);
    }

    @Test
    void anEditIsFoundAtOnce() {
        Person nora = add(draft("Nora Berg", "Teacher", List.of(), "Knows the opera.", null, null, List.of(), 0));
        assertThat(names(ALL.withText("kreuzberg"))).isEmpty();

        kith.people().update(owner(), nora.id(), draft("Nora Berg", "Teacher", List.of(),
                "Helped me find my flat in Kreuzberg.", null, null, List.of(), 0));

        assertThat(names(ALL.withText("kreuzberg"))).containsExactly("Nora Berg");
        assertThat(searched("kreuzberg")).containsExactly("Nora Berg");
        assertThat(names(ALL.withText("opera"))).isEmpty();
    }

    @Test
    void anotherAccountsPeopleAreNeverFound() {
        add("Mine Sommelier", "Sommelier");
        long other = anotherAccount();
        kith.people().add(other, PersonDraft.named("Theirs Sommelier"), TODAY);

        assertThat(searched("sommelier")).containsExactly("Mine Sommelier");
        assertThat(searched("somm")).containsExactly("Mine Sommelier");
        assertThat(names(ALL.withText("theirs"))).isEmpty();
        assertThat(kith.people().list(other, ALL.withText("somm"), TODAY).people()).extracting(Person::name)
                .containsExactly("Theirs Sommelier");
    }

    @Test
    void aBulkChangeForEveryoneMatchingTheTextReachesWhomTheListShows() {
        Person ines = add("Ines Duarte", "Professor of accounting");
        Person tom = add(draft("Tom Baker", "Chef", List.of("accountancy"), null, null, null, List.of(), 0));
        Person other = add("Ada Lee", "Designer");

        BulkResult result = kith.bulkEdits().apply(owner(), new Selection.Matching(ALL.withText("accountant")),
                new BulkChange.SetWhy(null, true), TODAY);

        assertThat(result.selected()).isEqualTo(2);
        assertThat(kith.people().get(owner(), ines.id()).why()).isEqualTo(Why.CONNECTOR);
        assertThat(kith.people().get(owner(), tom.id()).why()).isEqualTo(Why.CONNECTOR);
        assertThat(kith.people().get(owner(), other.id()).why()).isNull();
    }
}
