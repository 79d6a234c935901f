package app.kith.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.NotFound;
import app.kith.StoreTest;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.NewTouchpoint;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who reaches out to whom, per person, on both stores. */
class ReciprocityTest extends StoreTest {

    private Person ada;

    @BeforeEach
    void adaIsThere() {
        ada = kith.people().add(owner(), PersonDraft.named("Ada Lovelace").withRhythm(30), TODAY.minusDays(800));
    }

    /** A touch after TODAY (the day the balance is read as of) is logged on its own day. */
    private void log(LocalDate on, String channel, String direction) {
        kith.touchpoints().log(owner(), new NewTouchpoint(ada.id(), on, channel, direction, null),
                on.isAfter(TODAY) ? on : TODAY);
    }

    private Balance balance() {
        return kith.reciprocity().of(owner(), ada.id(), TODAY);
    }

    @Test
    void theBalanceCountsWhoStartedEachTouchOverTheLastYear() {
        log(TODAY, "email", "in");
        log(TODAY.minusDays(10), "email", "in");
        log(TODAY.minusDays(100), "call", "in");
        log(TODAY.minusDays(364), "email", "in");
        log(TODAY.minusDays(365), "email", "in");
        log(TODAY.minusDays(50), "email", "out");
        log(TODAY.minusDays(20), "coffee", "mutual");
        log(TODAY.minusDays(30), "video", "mutual");
        log(TODAY.plusDays(3), "coffee", "out");

        Balance balance = balance();

        assertThat(balance.since()).isEqualTo(TODAY.minusDays(364));
        assertThat(balance.in()).isEqualTo(4);
        assertThat(balance.out()).isEqualTo(1);
        assertThat(balance.mutual()).isEqualTo(2);
        assertThat(balance.sentence()).isEqualTo("They reached out 4 times, you once; together twice");
    }

    @Test
    void theSentenceSaysWhenOneSideHasNotReachedOut() {
        assertThat(balance().sentence()).isEqualTo("No contact");
        assertThat(balance().last()).isNull();

        log(TODAY.minusDays(3), "email", "out");
        log(TODAY.minusDays(40), "email", "out");
        log(TODAY.minusDays(90), "call", "out");
        assertThat(balance().sentence()).isEqualTo("You reached out 3 times, they have not");

        log(TODAY.minusDays(1), "email", "in");
        log(TODAY.minusDays(2), "email", "in");
        assertThat(balance().sentence()).isEqualTo("You reached out 3 times, they twice");
    }

    @Test
    void sharedTouchesAloneReachNoSide() {
        log(TODAY.minusDays(5), "coffee", "mutual");

        assertThat(balance().sentence()).isEqualTo("Together once, nobody reached out first");
        assertThat(balance().last()).isNull();
    }

    @Test
    void whoReachedOutLastIsTheLatestTouchOneSideStartedUpToToday() {
        log(TODAY.minusDays(9), "call", "out");
        log(TODAY.minusDays(4), "email", "in");
        log(TODAY.minusDays(2), "coffee", "mutual");
        log(TODAY.plusDays(5), "email", "out");

        ReachOut last = balance().last();

        assertThat(last.by()).isEqualTo(ReachOut.Side.THEY);
        assertThat(last.on()).isEqualTo(TODAY.minusDays(4));
        assertThat(last.channel()).isEqualTo("email");

        log(TODAY.minusDays(4), "message", "out");
        assertThat(balance().last().by()).as("logged later the same day").isEqualTo(ReachOut.Side.YOU);
    }

    @Test
    void anotherAccountsPersonIsNotFound() {
        long other = anotherAccount();
        log(TODAY.minusDays(4), "email", "in");

        assertThatThrownBy(() -> kith.reciprocity().of(other, ada.id(), TODAY)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kith.reciprocity().of(owner(), 987654, TODAY)).isInstanceOf(NotFound.class);
    }
}
