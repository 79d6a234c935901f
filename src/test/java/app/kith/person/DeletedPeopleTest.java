package app.kith.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.NotFound;
import app.kith.StoreTest;
import app.kith.circle.CircleChange;
import app.kith.touchpoint.NewTouchpoint;
import app.kith.wiring.Kith;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A delete can be undone for 30 days; after that the person is purged for good. */
class DeletedPeopleTest extends StoreTest {

    private static final PersonDraft ADA = new PersonDraft("Ada Lovelace", List.of("ada@example.com"),
            List.of("+44 20 1234 5678"), "Analytical Engines", "Mathematician", "London", null, "--12-10", "A salon",
            List.of("math"), "connector", "Notes", null, List.of("Monthly"), null);

    /** The same store seen a number of days after the test's now. */
    private Kith daysLater(long days) {
        return Kith.wire(db, Clock.fixed(NOW.plus(Duration.ofDays(days)), ZoneOffset.UTC));
    }

    /** Ada, in Kith for 40 days on a monthly rhythm, last touched 35 days ago: due today. */
    private Person ada() {
        Person ada = kith.people().add(owner(), ADA, TODAY.minusDays(40));
        kith.touchpoints().log(owner(), new NewTouchpoint(ada.id(), TODAY.minusDays(35), "coffee", "in", "cake"), TODAY);
        return kith.people().get(owner(), ada.id());
    }

    private List<Long> onToday(Kith at, LocalDate day) {
        return at.planner().today(at.accounts().owner(), day, 0).items().stream().map(i -> i.person().id()).toList();
    }

    @Test
    void aDeletedPersonIsGoneUntilRestoredAndThenBackWithEverything() {
        Person before = ada();
        kith.people().delete(owner(), before.id());
        assertThat(onToday(kith, TODAY)).isEmpty();
        assertThat(kith.people().search(owner(), "lovelace", 10, 0)).isEmpty();
        assertThat(kith.identities().resolve(owner(), "Ada")).isInstanceOf(Match.None.class);

        Person restored = daysLater(29).people().restore(owner(), before.id());

        assertThat(restored).isEqualTo(before);
        assertThat(kith.touchpoints().ofPerson(owner(), before.id(), 10, 0)).extracting(t -> t.note()).containsExactly("cake");
        assertThat(kith.people().search(owner(), "lovelace", 10, 0)).extracting(Person::id).containsExactly(before.id());
        assertThat(kith.identities().resolve(owner(), "Ada")).isInstanceOf(Match.One.class);
        assertThat(onToday(kith, TODAY)).containsExactly(before.id());
        assertThat(kith.circles().byName(owner(), "Monthly").orElseThrow().members()).isEqualTo(1);
    }

    @Test
    void aDeletedPersonCanBeOfferedForUndoOnlyWhileRestorable() {
        Person ada = ada();
        assertThat(kith.people().recentlyDeleted(owner(), ada.id())).isEmpty();

        kith.people().delete(owner(), ada.id());

        assertThat(kith.people().recentlyDeleted(owner(), ada.id()))
                .hasValueSatisfying(d -> assertThat(d.name()).isEqualTo("Ada Lovelace"))
                .hasValueSatisfying(d -> assertThat(d.deletedAt()).isEqualTo(NOW));
        assertThat(daysLater(30).people().recentlyDeleted(owner(), ada.id())).isPresent();
        assertThat(daysLater(31).people().recentlyDeleted(owner(), ada.id())).isEmpty();
    }

    @Test
    void aPersonDeletedMoreThanThirtyDaysAgoCannotBeRestored() {
        Person ada = ada();
        kith.people().delete(owner(), ada.id());

        Kith later = daysLater(31);
        assertThatThrownBy(() -> later.people().restore(owner(), ada.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> later.people().get(owner(), ada.id())).isInstanceOf(NotFound.class);
    }

    @Test
    void restoringSomeoneNotDeletedChangesNothingAndAnUnknownIdIsNotFound() {
        Person ada = ada();

        assertThat(kith.people().restore(owner(), ada.id())).isEqualTo(ada);
        assertThatThrownBy(() -> kith.people().restore(owner(), ada.id() + 1000)).isInstanceOf(NotFound.class);
    }

    @Test
    void aRestoredPersonTakesTheRhythmTheirCirclesHaveNow() {
        Person ada = ada();
        kith.people().delete(owner(), ada.id());
        long monthly = kith.circles().byName(owner(), "Monthly").orElseThrow().id();
        kith.circles().change(owner(), monthly, new CircleChange(null, 60, false));

        Person restored = kith.people().restore(owner(), ada.id());

        assertThat(restored.rhythmDays()).isEqualTo(60);
        assertThat(restored.dueOn()).isEqualTo(TODAY.minusDays(35).plusDays(60));
    }

    @Test
    void anotherAccountCannotRestoreTheOwnersPerson() {
        Person ada = ada();
        kith.people().delete(owner(), ada.id());
        long other = anotherAccount();

        assertThatThrownBy(() -> kith.people().restore(other, ada.id())).isInstanceOf(NotFound.class);
        assertThat(kith.people().recentlyDeleted(other, ada.id())).isEmpty();
        assertThatThrownBy(() -> kith.people().get(owner(), ada.id())).isInstanceOf(NotFound.class);
    }

    @Test
    void thePurgeRemovesOnlyPeopleDeletedBeforeTheCutOffWithEverythingTheyHad() {
        Person ada = ada();
        Person grace = kith.people().add(owner(), PersonDraft.named("Grace Hopper").withCircles(List.of("Monthly")), TODAY);
        Person alan = kith.people().add(owner(), PersonDraft.named("Alan Turing"), TODAY);
        kith.people().delete(owner(), ada.id());
        daysLater(10).people().delete(owner(), grace.id());

        int purged = kith.people().purgeDeleted(NOW.plus(Duration.ofDays(5)));

        assertThat(purged).isEqualTo(1);
        assertThat(sql().sql("SELECT name FROM person ORDER BY id").query(String.class).list())
                .containsExactly("Grace Hopper", "Alan Turing");
        assertThat(rows("touchpoint")).isZero();
        assertThat(rows("person_email")).isZero();
        assertThat(rows("person_phone")).isZero();
        assertThat(rows("person_topic")).isZero();
        assertThat(rows("circle_member")).isEqualTo(1);
        assertThat(kith.people().restore(owner(), grace.id()).name()).isEqualTo("Grace Hopper");
        assertThat(kith.people().get(owner(), alan.id()).name()).isEqualTo("Alan Turing");
        assertThat(kith.people().purgeDeleted(NOW.plus(Duration.ofDays(5)))).isZero();
    }

    @Test
    void thePurgeReachesEveryAccount() {
        long owner = owner();
        long other = anotherAccount();
        Person mine = kith.people().add(owner, PersonDraft.named("Ada"), TODAY);
        Person theirs = kith.people().add(other, PersonDraft.named("Ada"), TODAY);
        kith.people().delete(owner, mine.id());
        kith.people().delete(other, theirs.id());

        assertThat(kith.people().purgeDeleted(NOW.plusSeconds(1))).isEqualTo(2);
        assertThat(rows("person")).isZero();
    }
}
