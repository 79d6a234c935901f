package app.kith.account;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.StoreTest;
import org.junit.jupiter.api.Test;

/** What the first-run checklist remembers, per account, on both stores. */
class FirstRunStateTest extends StoreTest {

    private FirstRun.State state(long account) {
        return kith.firstRun().state(account);
    }

    @Test
    void anAccountThatNeverStartedItHasNoChecklist() {
        assertThat(state(owner())).isEqualTo(new FirstRun.State(false, false, false));
    }

    @Test
    void itIsOpenFromItsStartUntilItIsFinishedAndRemembersItsSteps() {
        kith.firstRun().start(owner());
        assertThat(state(owner())).isEqualTo(new FirstRun.State(true, false, false));

        kith.firstRun().timeZoneSet(owner());
        kith.firstRun().capacitySet(owner());
        assertThat(state(owner())).isEqualTo(new FirstRun.State(true, true, true));

        kith.firstRun().finish(owner());
        kith.firstRun().start(owner());
        assertThat(state(owner())).as("started again after the end: still finished").isEqualTo(new FirstRun.State(false, true, true));
    }

    @Test
    void eachAccountHasItsOwn() {
        long other = anotherAccount();
        kith.firstRun().start(owner());
        kith.firstRun().capacitySet(other);

        assertThat(state(owner()).open()).isTrue();
        assertThat(state(other)).isEqualTo(new FirstRun.State(false, false, false));
    }
}
