package app.kith.touchpoint;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.StoreTest;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Touchpoints handed from one person to another (a merge) and back (its undo). */
class TouchpointsReassignTest extends StoreTest {

    private Person add(long accountId, String name) {
        return kith.people().add(accountId, PersonDraft.named(name), TODAY.minusDays(30));
    }

    private long log(long accountId, Person p, int daysAgo) {
        return kith.touchpoints().log(accountId, new NewTouchpoint(p.id(), TODAY.minusDays(daysAgo), "call", "out", null),
                TODAY).id();
    }

    private List<Long> ids(long accountId, Person p) {
        return kith.touchpoints().ofPerson(accountId, p.id(), 100, 0).stream().map(Touchpoint::id).sorted().toList();
    }

    @Test
    void everyTouchpointOfOnePersonMovesToAnotherAndExactlyThoseMoveBack() {
        Person jon = add(owner(), "Jon Smith");
        Person john = add(owner(), "John Smith");
        long first = log(owner(), jon, 9);
        long second = log(owner(), jon, 3);
        long johns = log(owner(), john, 5);

        List<Long> moved = kith.touchpoints().reassign(owner(), jon.id(), john.id());

        assertThat(moved).containsExactly(first, second);
        assertThat(ids(owner(), jon)).isEmpty();
        assertThat(ids(owner(), john)).containsExactly(first, second, johns);

        long later = log(owner(), john, 1);
        kith.touchpoints().reassign(owner(), moved, john.id(), jon.id());

        assertThat(ids(owner(), jon)).containsExactly(first, second);
        assertThat(ids(owner(), john)).containsExactly(johns, later);
    }

    @Test
    void anotherAccountsTouchpointsAreNeverMoved() {
        long other = anotherAccount();
        Person stranger = add(other, "Jon Smith");
        long theirs = log(other, stranger, 2);
        Person john = add(owner(), "John Smith");

        assertThat(kith.touchpoints().reassign(owner(), stranger.id(), john.id())).isEmpty();
        kith.touchpoints().reassign(owner(), List.of(theirs), stranger.id(), john.id());

        assertThat(ids(other, stranger)).containsExactly(theirs);
        assertThat(ids(owner(), john)).isEmpty();
        assertThat(kith.touchpoints().countOf(owner(), stranger.id())).isZero();
        assertThat(kith.touchpoints().countOf(other, stranger.id())).isEqualTo(1);
    }
}
