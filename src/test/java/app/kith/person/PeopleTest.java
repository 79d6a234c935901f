package app.kith.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.Invalid;
import app.kith.NotFound;
import app.kith.StoreTest;
import app.kith.planner.Today;
import app.kith.touchpoint.NewTouchpoint;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeopleTest extends StoreTest {

    private static final PersonDraft EMILIE = new PersonDraft("Émilie du Châtelet",
            List.of("Emilie@Cirey.FR", "emilie@example.org", "emilie@cirey.fr"), List.of("+33 1 23 45 67 89"),
            "Académie des sciences", "Physicist", "Cirey", "www.linkedin.com/in/emilie", "1990-12-17",
            "Her translation of Newton", List.of("physics", "Newton", "PHYSICS"), "both", "**Principia**, annotated",
            45, List.of("Monthly"), TODAY.minusDays(10));

    private Person add(PersonDraft draft) {
        return kith.people().add(owner(), draft, TODAY);
    }

    private Person add(String name) {
        return add(PersonDraft.named(name));
    }

    /** Someone in Kith for 40 days on a monthly rhythm, never contacted: due ten days ago. */
    private Person due(String name) {
        return kith.people().add(owner(), PersonDraft.named(name).withCircles(List.of("Monthly")), TODAY.minusDays(40));
    }

    private Today today(LocalDate day) {
        return kith.planner().today(kith.accounts().owner(), day, 0);
    }

    private List<Long> onToday(LocalDate day) {
        return today(day).items().stream().map(i -> i.person().id()).toList();
    }

    private List<String> found(String query) {
        return kith.people().search(owner(), query, 100, 0).stream().map(Person::name).toList();
    }

    @Test
    void aPersonIsAddedWithEveryFieldAndReadBack() {
        Person added = add(EMILIE);
        Person read = kith.people().get(owner(), added.id());

        assertThat(read).isEqualTo(added);
        assertThat(read.name()).isEqualTo("Émilie du Châtelet");
        assertThat(read.emails()).containsExactly("emilie@cirey.fr", "emilie@example.org");
        assertThat(read.phones()).containsExactly("+33 1 23 45 67 89");
        assertThat(read.company()).isEqualTo("Académie des sciences");
        assertThat(read.role()).isEqualTo("Physicist");
        assertThat(read.location()).isEqualTo("Cirey");
        assertThat(read.linkedinUrl()).isEqualTo("https://www.linkedin.com/in/emilie");
        assertThat(read.birthday()).isEqualTo("1990-12-17");
        assertThat(read.howWeMet()).isEqualTo("Her translation of Newton");
        assertThat(read.topics()).containsExactly("physics", "Newton");
        assertThat(read.why()).isEqualTo(Why.BOTH);
        assertThat(read.notes()).isEqualTo("**Principia**, annotated");
        assertThat(read.ownRhythmDays()).isEqualTo(45);
        assertThat(read.rhythmDays()).isEqualTo(45);
        assertThat(read.circles()).extracting(Person.CircleRef::name).containsExactly("Monthly");
        assertThat(read.startedOn()).isEqualTo(TODAY.minusDays(10));
        assertThat(read.lastTouchOn()).isNull();
        assertThat(read.dueOn()).isEqualTo(TODAY.plusDays(35));
        assertThat(read.snoozedUntil()).isNull();
        assertThat(read.createdAt()).isEqualTo(NOW);
    }

    @Test
    void aBirthdayMayHaveNoYear() {
        assertThat(add(new PersonDraft("Ada", null, null, null, null, null, null, "--12-10", null, null, null, null,
                null, null, null)).birthday()).isEqualTo("--12-10");
    }

    @Test
    void aBulkAddPutsSomeoneInACircleNamedTwiceOnce() {
        List<Long> ids = db.transactions().execute(s -> kith.people().addAll(owner(),
                List.of(PersonDraft.named("Ada").withCircles(List.of("Monthly", "monthly"))), TODAY));

        assertThat(kith.people().get(owner(), ids.get(0)).circles()).extracting(Person.CircleRef::name)
                .containsExactly("Monthly");
    }

    @Test
    void anUpdateReplacesWhatTheUserSaidAndKeepsTheClock() {
        Person before = add(EMILIE);
        kith.touchpoints().log(owner(), new NewTouchpoint(before.id(), TODAY.minusDays(2), "call", "in", null), TODAY);

        Person after = kith.people().update(owner(), before.id(), new PersonDraft("Émilie", List.of("e@example.org"),
                null, "Cirey", null, null, null, null, null, List.of("optics"), "connector", null, null,
                List.of("Quarterly"), TODAY));

        assertThat(after).isEqualTo(kith.people().get(owner(), before.id()));
        assertThat(after.name()).isEqualTo("Émilie");
        assertThat(after.emails()).containsExactly("e@example.org");
        assertThat(after.phones()).isEmpty();
        assertThat(after.company()).isEqualTo("Cirey");
        assertThat(after.role()).isNull();
        assertThat(after.linkedinUrl()).isNull();
        assertThat(after.topics()).containsExactly("optics");
        assertThat(after.why()).isEqualTo(Why.CONNECTOR);
        assertThat(after.ownRhythmDays()).isNull();
        assertThat(after.rhythmDays()).isEqualTo(90);
        assertThat(after.circles()).extracting(Person.CircleRef::name).containsExactly("Quarterly");
        assertThat(after.startedOn()).isEqualTo(TODAY.minusDays(10));
        assertThat(after.lastTouchOn()).isEqualTo(TODAY.minusDays(2));
        assertThat(after.dueOn()).isEqualTo(TODAY.plusDays(88));
        assertThat(kith.touchpoints().ofPerson(owner(), before.id(), 10, 0)).hasSize(1);
        assertThat(rows("person_email")).isEqualTo(1);
        assertThat(rows("circle_member")).isEqualTo(1);
    }

    @Test
    void aDeletedPersonIsHiddenEverywhere() {
        Person ada = due("Ada Lovelace");
        Person alan = due("Alan Turing");
        assertThat(onToday(TODAY)).contains(ada.id());

        kith.people().delete(owner(), ada.id());

        assertThatThrownBy(() -> kith.people().get(owner(), ada.id())).isInstanceOf(NotFound.class);
        assertThat(kith.people().get(owner(), List.of(ada.id(), alan.id()))).extracting(Person::id).containsExactly(alan.id());
        assertThat(found("lovelace")).isEmpty();
        assertThat(found("")).containsExactly("Alan Turing");
        assertThat(kith.identities().resolve(owner(), "Ada")).isInstanceOf(Match.None.class);
        assertThat(kith.identities().resolve(owner(), String.valueOf(ada.id()))).isInstanceOf(Match.None.class);
        assertThat(onToday(TODAY)).containsExactly(alan.id());
        assertThat(kith.people().count(owner())).isEqualTo(1);
        assertThat(kith.circles().byName(owner(), "Monthly").orElseThrow().members()).isEqualTo(1);
        assertThatThrownBy(() -> kith.people().delete(owner(), ada.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kith.people().update(owner(), ada.id(), PersonDraft.named("Ada")))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kith.clocks().skip(owner(), ada.id(), TODAY)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kith.clocks().snooze(owner(), ada.id(), TODAY.plusDays(3), TODAY))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void searchLooksAtNameCompanyRoleLocationEmailTopicsAndNotesIgnoringCase() {
        add(EMILIE);
        add(new PersonDraft("Ada Lovelace", List.of("ada@engines.example"), null, "Analytical Engines", "Analyst",
                "London", null, null, null, List.of("Mathematics"), null, "notes are private", null, null, null));
        add("Alan Turing");

        assertThat(found("ÉMILIE")).containsExactly("Émilie du Châtelet");
        assertThat(found("émilie")).containsExactly("Émilie du Châtelet");
        assertThat(found("châtelet")).containsExactly("Émilie du Châtelet");
        assertThat(found("académie")).containsExactly("Émilie du Châtelet");
        assertThat(found("ENGINES")).containsExactly("Ada Lovelace");
        assertThat(found("analyst")).containsExactly("Ada Lovelace");
        assertThat(found("london")).containsExactly("Ada Lovelace");
        assertThat(found("ada@engines")).containsExactly("Ada Lovelace");
        assertThat(found("mathematics")).containsExactly("Ada Lovelace");
        assertThat(found("NEWTON")).containsExactly("Émilie du Châtelet");
        // Notes are searched too now: the who-knows engine reads everything said about someone.
        assertThat(found("private")).containsExactly("Ada Lovelace");
        assertThat(found("a")).containsExactly("Ada Lovelace", "Alan Turing", "Émilie du Châtelet");
        assertThat(found("  ")).hasSize(3);
        assertThat(found(null)).hasSize(3);
    }

    @Test
    void searchTakesWildcardsLiterally() {
        add("100% Real");
        add("Snake_Case");
        add("Back\\slash");
        add("Plain Person");

        // What is typed begins words; a % or a backslash means itself and never matches everyone.
        assertThat(found("%")).isEmpty();
        assertThat(found("_")).isEmpty();
        assertThat(found("100%")).containsExactly("100% Real");
        assertThat(found("back\\")).containsExactly("Back\\slash");
        assertThat(found("snake_c")).containsExactly("Snake_Case");
        assertThat(kith.identities().resolve(owner(), "%")).isInstanceOfSatisfying(Match.One.class,
                one -> assertThat(one.person().name()).isEqualTo("100% Real"));
        assertThat(kith.identities().resolve(owner(), "_")).isInstanceOfSatisfying(Match.One.class,
                one -> assertThat(one.person().name()).isEqualTo("Snake_Case"));
    }

    @Test
    void searchPagesByName() {
        add("Carol");
        add("alice");
        add("Bob");

        assertThat(kith.people().search(owner(), null, 2, 0)).extracting(Person::name).containsExactly("alice", "Bob");
        assertThat(kith.people().search(owner(), null, 2, 2)).extracting(Person::name).containsExactly("Carol");
        assertThatThrownBy(() -> kith.people().search(owner(), null, 0, 0))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("limit"));
        assertThatThrownBy(() -> kith.people().search(owner(), null, People.MAX_PAGE + 1, 0))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("limit"));
        assertThatThrownBy(() -> kith.people().search(owner(), null, 10, -1))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("offset"));
    }

    @Test
    void anotherAccountCanNeitherSeeNorChangeTheOwnersPeople() {
        long owner = owner();
        Person ada = due("Ada Lovelace");
        kith.touchpoints().log(owner, new NewTouchpoint(ada.id(), TODAY.minusDays(35), "call", null, null), TODAY);
        Person before = kith.people().get(owner, ada.id());
        long other = anotherAccount();
        String id = String.valueOf(ada.id());

        assertThatThrownBy(() -> kith.people().get(other, ada.id())).isInstanceOf(NotFound.class);
        assertThat(kith.people().get(other, List.of(ada.id()))).isEmpty();
        assertThat(kith.people().search(other, "ada", 10, 0)).isEmpty();
        assertThat(kith.people().search(other, null, 10, 0)).isEmpty();
        kith.people().forEach(other, null, p -> {
            throw new AssertionError("saw " + p);
        });
        assertThat(kith.people().count(other)).isZero();
        assertThat(kith.identities().resolve(other, id)).isInstanceOf(Match.None.class);
        assertThat(kith.identities().resolve(other, "Ada")).isInstanceOf(Match.None.class);
        assertThat(kith.clocks().clocksForPlan(other, TODAY, TODAY.plusDays(400))).isEmpty();
        assertThat(kith.clocks().rhythmCounts(other)).isEmpty();
        assertThat(kith.people().names(other, List.of(ada.id()))).isEmpty();
        assertThatThrownBy(() -> kith.people().update(other, ada.id(), PersonDraft.named("Mine")))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kith.people().delete(other, ada.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kith.clocks().snooze(other, ada.id(), TODAY.plusDays(9), TODAY))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kith.clocks().skip(other, ada.id(), TODAY)).isInstanceOf(NotFound.class);
        kith.clocks().refreshClocks(other);
        assertThat(kith.people().addAll(other, List.of(PersonDraft.named("Ada Lovelace")), TODAY)).hasSize(1);

        assertThat(kith.people().get(owner, ada.id())).isEqualTo(before);
        assertThat(onToday(TODAY)).containsExactly(ada.id());
        assertThat(kith.people().count(owner)).isEqualTo(1);
        assertThat(kith.identities().resolve(owner, "Ada")).isEqualTo(new Match.One(before));
    }
}
