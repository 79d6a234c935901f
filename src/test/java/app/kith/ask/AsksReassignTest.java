package app.kith.ask;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.StoreTest;
import app.kith.account.Account;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Asks handed from one person to another (a merge) and back (its undo), as they stand. */
class AsksReassignTest extends StoreTest {

    private Person add(long accountId, String name) {
        return kith.people().add(accountId, PersonDraft.named(name), TODAY.minusDays(30));
    }

    private long ask(long accountId, Person p, String text) {
        Account account = kith.accounts().byId(accountId);
        return kith.asks().ask(account, new NewAsk(p.id(), text, TODAY, "email"), TODAY).id();
    }

    private List<Long> asksOf(long accountId, Person p) {
        return kith.asks().list(kith.accounts().byId(accountId), null, null, p.id(), TODAY).stream().map(Ask::id)
                .sorted().toList();
    }

    @Test
    void everyAskOfOnePersonMovesToAnotherAndExactlyThoseMoveBack() {
        Person jon = add(owner(), "Jon Smith");
        Person john = add(owner(), "John Smith");
        long intro = ask(owner(), jon, "an intro to your CFO");
        long review = ask(owner(), jon, "a review of my deck");
        long johns = ask(owner(), john, "a coffee");

        List<Long> moved = kith.asks().reassign(owner(), jon.id(), john.id());

        assertThat(moved).containsExactly(intro, review);
        assertThat(asksOf(owner(), jon)).isEmpty();
        assertThat(asksOf(owner(), john)).containsExactly(intro, review, johns);

        long later = ask(owner(), john, "a referral");
        kith.asks().reassign(owner(), moved, john.id(), jon.id());

        assertThat(asksOf(owner(), jon)).containsExactly(intro, review);
        assertThat(asksOf(owner(), john)).containsExactly(johns, later);
    }

    @Test
    void anotherAccountsAsksAreNeverMoved() {
        long other = anotherAccount();
        Person stranger = add(other, "Jon Smith");
        long theirs = ask(other, stranger, "an intro to your CFO");
        Person john = add(owner(), "John Smith");

        assertThat(kith.asks().reassign(owner(), stranger.id(), john.id())).isEmpty();
        kith.asks().reassign(owner(), List.of(theirs), stranger.id(), john.id());

        assertThat(asksOf(other, stranger)).containsExactly(theirs);
        assertThat(asksOf(owner(), john)).isEmpty();
        assertThat(kith.asks().countOf(owner(), stranger.id())).isZero();
        assertThat(kith.asks().countOf(other, stranger.id())).isEqualTo(1);
    }
}
