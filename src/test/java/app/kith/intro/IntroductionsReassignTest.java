package app.kith.intro;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.StoreTest;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Introductions, and their steps, handed from one person to another (a merge) and back (its undo). */
class IntroductionsReassignTest extends StoreTest {

    private Person add(long accountId, String name) {
        return kith.people().add(accountId, PersonDraft.named(name), TODAY.minusDays(30));
    }

    private long propose(long accountId, Person a, Person b) {
        return kith.introductions().propose(accountId, new NewIntroduction(a.id(), b.id(), "both into engines",
                TODAY.minusDays(5)), TODAY).id();
    }

    /** The ids of the rows of a table whose column names a person: what is stored, not what is shown. */
    private List<Long> naming(String table, String column, Person p) {
        return sql().sql("SELECT id FROM " + table + " WHERE " + column + " = :p ORDER BY id").param("p", p.id())
                .query(Long.class).list();
    }

    @Test
    void everyIntroductionAndStepOfOnePersonMovesToAnotherAndExactlyThoseMoveBack() {
        Person jon = add(owner(), "Jon Smith");
        Person jonathan = add(owner(), "Jonathan Smith");
        Person sam = add(owner(), "Sam Okafor");
        Person priya = add(owner(), "Priya Raman");
        long withSam = propose(owner(), jon, sam);
        long withPriya = propose(owner(), priya, jon);
        kith.introductions().step(owner(), withSam, IntroStep.asked(jon.id(), TODAY.minusDays(4)), TODAY);
        List<Long> steps = naming("introduction_event", "person_id", jon);

        Reassigned moved = kith.introductions().reassign(owner(), jon.id(), jonathan.id());

        assertThat(moved).isEqualTo(new Reassigned(List.of(withSam), List.of(withPriya), steps));
        assertThat(steps).hasSize(1);
        assertThat(naming("introduction", "person_a", jonathan)).containsExactly(withSam);
        assertThat(naming("introduction", "person_b", jonathan)).containsExactly(withPriya);
        assertThat(naming("introduction_event", "person_id", jonathan)).isEqualTo(steps);

        long later = propose(owner(), jonathan, add(owner(), "Ada Lovelace"));
        kith.introductions().reassign(owner(), moved, jonathan.id(), jon.id());

        assertThat(naming("introduction", "person_a", jon)).containsExactly(withSam);
        assertThat(naming("introduction", "person_b", jon)).containsExactly(withPriya);
        assertThat(naming("introduction_event", "person_id", jon)).isEqualTo(steps);
        assertThat(naming("introduction", "person_a", jonathan)).containsExactly(later);
    }

    @Test
    void introductionsBetweenTwoPeopleAreFoundOnEitherSide() {
        Person jon = add(owner(), "Jon Smith");
        Person sam = add(owner(), "Sam Okafor");
        Person priya = add(owner(), "Priya Raman");
        long withSam = propose(owner(), jon, sam);

        assertThat(kith.introductions().between(owner(), jon.id(), sam.id())).containsExactly(withSam);
        assertThat(kith.introductions().between(owner(), sam.id(), jon.id())).containsExactly(withSam);
        assertThat(kith.introductions().between(owner(), jon.id(), priya.id())).isEmpty();
        assertThat(kith.introductions().countOf(owner(), jon.id())).isEqualTo(1);
    }

    @Test
    void anotherAccountsIntroductionsAreNeverMovedOrFound() {
        long other = anotherAccount();
        Person stranger = add(other, "Jon Smith");
        Person friend = add(other, "Sam Okafor");
        long theirs = propose(other, stranger, friend);
        kith.introductions().step(other, theirs, IntroStep.asked(stranger.id(), TODAY.minusDays(4)), TODAY);
        List<Long> steps = naming("introduction_event", "person_id", stranger);
        Person john = add(owner(), "John Smith");

        assertThat(kith.introductions().reassign(owner(), stranger.id(), john.id()))
                .isEqualTo(new Reassigned(List.of(), List.of(), List.of()));
        kith.introductions().reassign(owner(), new Reassigned(List.of(theirs), List.of(), steps), stranger.id(), john.id());

        assertThat(naming("introduction", "person_a", stranger)).containsExactly(theirs);
        assertThat(naming("introduction_event", "person_id", stranger)).isEqualTo(steps);
        assertThat(kith.introductions().between(owner(), stranger.id(), friend.id())).isEmpty();
        assertThat(kith.introductions().countOf(owner(), stranger.id())).isZero();
    }
}
