package app.kith.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.Invalid;
import app.kith.StoreTest;
import app.kith.person.PeopleQuery.Reason;
import app.kith.person.PeopleQuery.Sort;
import app.kith.touchpoint.NewTouchpoint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The People list: its search, filters, orders and pages, on both stores. */
class PeopleListTest extends StoreTest {

    private static final PeopleQuery ALL = PeopleQuery.everyone(100);

    private Person add(PersonDraft draft) {
        return kith.people().add(owner(), draft, TODAY);
    }

    private Person add(String name) {
        return add(PersonDraft.named(name));
    }

    /** On a rhythm of {@code rhythm} days, never touched, the clock started {@code daysAgo} days ago. */
    private Person tracked(String name, int rhythm, int daysAgo) {
        return add(new PersonDraft(name, null, null, null, null, null, null, null, null, null, null, null, rhythm, null,
                TODAY.minusDays(daysAgo)));
    }

    private Person why(String name, String why) {
        return add(new PersonDraft(name, null, null, null, null, null, null, null, null, null, why, null, null, null, null));
    }

    private void touch(Person p, int daysAgo) {
        kith.touchpoints().log(owner(), new NewTouchpoint(p.id(), TODAY.minusDays(daysAgo), "call", null, null), TODAY);
    }

    private FoundPeople list(PeopleQuery query) {
        return kith.people().list(owner(), query, TODAY);
    }

    private List<String> names(PeopleQuery query) {
        return list(query).people().stream().map(Person::name).toList();
    }

    @Test
    void everyoneIsListedSoonestDueFirstThenThePeopleWithNoRhythmByName() {
        tracked("Zed", 10, 15);
        tracked("Amy", 30, 0);
        add("Bob");
        add("al");
        tracked("Cy", 10, 15);

        assertThat(names(ALL)).containsExactly("Cy", "Zed", "Amy", "al", "Bob");
        assertThat(list(ALL).total()).isEqualTo(5);
    }

    @Test
    void byNameIgnoringCase() {
        add("bob");
        add("Carol");
        add("Al");

        assertThat(names(ALL.sortedBy(Sort.NAME))).containsExactly("Al", "bob", "Carol");
    }

    @Test
    void byLastTouchLongestAgoFirstOrMostRecentFirstWithTheNeverTouchedLast() {
        Person a = add("A");
        Person b = add("B");
        add("C");
        Person d = add("D");
        touch(a, 30);
        touch(b, 5);
        touch(d, 60);

        assertThat(names(ALL.sortedBy(Sort.LAST_TOUCH))).containsExactly("D", "A", "B", "C");
        assertThat(names(ALL.sortedBy(Sort.RECENT_TOUCH))).containsExactly("B", "A", "D", "C");
    }

    @Test
    void theTextIsFoundInNameCompanyEmailAndTopicsWhateverItsCase() {
        add(new PersonDraft("Ada Lovelace", null, null, "Analytical Engines", null, null, null, null, null, null, null,
                null, null, null, null));
        add(new PersonDraft("Grace Hopper", List.of("grace@navy.example"), null, null, null, null, null, null, null, null,
                null, null, null, null, null));
        add(new PersonDraft("Alan Turing", null, null, null, null, null, null, null, null, List.of("Cryptography"), null,
                null, null, null, null));

        assertThat(names(ALL.withText("engines"))).containsExactly("Ada Lovelace");
        assertThat(names(ALL.withText("NAVY"))).containsExactly("Grace Hopper");
        assertThat(names(ALL.withText("  crypto "))).containsExactly("Alan Turing");
        // A word typed is the beginning of a word ("a" of Ada, Alan and Analytical), not any part of one.
        assertThat(names(ALL.withText("a").sortedBy(Sort.NAME))).containsExactly("Ada Lovelace", "Alan Turing");
        assertThat(list(ALL.withText("nobody-like-this")).total()).isZero();
        assertThat(list(ALL.withText("   ")).total()).isEqualTo(3);
    }

    @Test
    void percentAndUnderscoreInTheTextAreNoWildcards() {
        add("100% Kith");
        add("snake_case");
        add("Rebecca");
        add("Percy");

        assertThat(names(ALL.withText("%"))).isEmpty();
        assertThat(names(ALL.withText("_"))).isEmpty();
        assertThat(names(ALL.withText("100%"))).containsExactly("100% Kith");
        assertThat(names(ALL.withText("snake_c"))).containsExactly("snake_case");
        assertThat(names(ALL.withText("\\"))).isEmpty();
    }

    @Test
    void aCircleListsItsPeopleOnly() {
        add(PersonDraft.named("Ada").withCircles(List.of("Monthly", "Quarterly")));
        add(PersonDraft.named("Grace").withCircles(List.of("Quarterly")));
        add("Alan");
        long monthly = kith.circles().byName(owner(), "Monthly").orElseThrow().id();
        long quarterly = kith.circles().byName(owner(), "Quarterly").orElseThrow().id();

        FoundPeople inMonthly = list(ALL.inCircle(monthly));
        assertThat(inMonthly.people()).extracting(Person::name).containsExactly("Ada");
        assertThat(inMonthly.total()).isEqualTo(1);
        assertThat(inMonthly.people().get(0).circles()).extracting(Person.CircleRef::name).containsExactly("Monthly", "Quarterly");
        assertThat(names(ALL.inCircle(quarterly).sortedBy(Sort.NAME))).containsExactly("Ada", "Grace");
    }

    @Test
    void dueOnlyMeansDueTodayOrEarlier() {
        tracked("Yesterday", 10, 11);
        tracked("Today", 10, 10);
        tracked("Tomorrow", 10, 9);
        add("Untracked");

        assertThat(names(ALL.onlyDue(true))).containsExactly("Yesterday", "Today");
        assertThat(list(ALL.onlyDue(true)).total()).isEqualTo(2);
        assertThat(list(ALL.onlyDue(true)).people().get(1).dueOn()).isEqualTo(TODAY);
    }

    @Test
    void awesomeAndConnectorIncludeThePeopleWhoAreBoth() {
        why("Awesome", "awesome");
        why("Connector", "connector");
        why("Both", "both");
        add("Neither");
        PeopleQuery byName = ALL.sortedBy(Sort.NAME);

        assertThat(names(byName.mattering(Reason.AWESOME))).containsExactly("Awesome", "Both");
        assertThat(names(byName.mattering(Reason.CONNECTOR))).containsExactly("Both", "Connector");
        assertThat(names(byName.mattering(Reason.BOTH))).containsExactly("Both");
        assertThat(names(byName.mattering(Reason.ANY))).containsExactly("Awesome", "Both", "Connector");
        assertThat(names(byName.mattering(null))).containsExactly("Awesome", "Both", "Connector", "Neither");
    }

    @Test
    void filtersCombine() {
        add(new PersonDraft("Ada", null, null, "Engines", null, null, null, null, null, null, "connector", null, null,
                List.of("Monthly"), TODAY.minusDays(40)));
        add(new PersonDraft("Adam", null, null, "Engines", null, null, null, null, null, null, "connector", null, null,
                List.of("Monthly"), TODAY));
        add(new PersonDraft("Adele", null, null, "Engines", null, null, null, null, null, null, null, null, null,
                List.of("Monthly"), TODAY.minusDays(40)));
        long monthly = kith.circles().byName(owner(), "Monthly").orElseThrow().id();

        assertThat(names(ALL.withText("engines").inCircle(monthly).onlyDue(true).mattering(Reason.CONNECTOR)))
                .containsExactly("Ada");
    }

    @Test
    void pagesFollowEachOtherWithoutOverlapAndTheTotalCountsEveryMatch() {
        for (String name : List.of("A", "B", "C", "D", "E", "F", "G")) {
            add(name);
        }
        PeopleQuery page = new PeopleQuery(null, null, false, null, Sort.NAME, 3, 0);

        assertThat(list(page).people()).extracting(Person::name).containsExactly("A", "B", "C");
        assertThat(list(page.from(3)).people()).extracting(Person::name).containsExactly("D", "E", "F");
        FoundPeople last = list(page.from(6));
        assertThat(last.people()).extracting(Person::name).containsExactly("G");
        assertThat(last.total()).isEqualTo(7);
        FoundPeople beyond = list(page.from(9));
        assertThat(beyond.people()).isEmpty();
        assertThat(beyond.total()).isEqualTo(7);
    }

    @Test
    void deletedPeopleAreNotListed() {
        add("Stays");
        kith.people().delete(owner(), add("Goes").id());

        assertThat(names(ALL)).containsExactly("Stays");
        assertThat(list(ALL).total()).isEqualTo(1);
    }

    @Test
    void anotherAccountsPeopleAndCirclesAreNeverListed() {
        add(PersonDraft.named("Mine").withCircles(List.of("Monthly")));
        long other = anotherAccount();
        kith.people().add(other, PersonDraft.named("Theirs").withCircles(List.of("Monthly")), TODAY);
        long theirMonthly = kith.circles().byName(other, "Monthly").orElseThrow().id();

        assertThat(names(ALL)).containsExactly("Mine");
        assertThat(names(ALL.withText("theirs"))).isEmpty();
        assertThat(list(ALL.inCircle(theirMonthly)).total()).isZero();
        assertThat(kith.people().list(other, ALL, TODAY).people()).extracting(Person::name).containsExactly("Theirs");
    }

    @Test
    void aBadPageOrAnOverlongSearchIsRefused() {
        assertThatThrownBy(() -> list(new PeopleQuery(null, null, false, null, Sort.NAME, 0, 0)))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("limit"));
        assertThatThrownBy(() -> list(ALL.from(-1)))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("offset"));
        assertThatThrownBy(() -> list(ALL.withText("x".repeat(People.MAX_QUERY + 1))))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("text"));
    }

    @Test
    void noOrderGivenMeansByDueDate() {
        tracked("Later", 30, 0);
        tracked("Sooner", 30, 20);

        assertThat(names(ALL.sortedBy(null))).containsExactly("Sooner", "Later");
        assertThat(list(ALL).people().get(0).dueOn()).isEqualTo(TODAY.plusDays(10));
    }
}
