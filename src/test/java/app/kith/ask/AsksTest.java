package app.kith.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.Conflict;
import app.kith.Invalid;
import app.kith.NotFound;
import app.kith.StoreTest;
import app.kith.account.Account;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.planner.Today;
import app.kith.planner.TodayItem;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class AsksTest extends StoreTest {

    private Account account() {
        return kith.accounts().byId(owner());
    }

    private Person sam() {
        return kith.people().add(owner(), PersonDraft.named("Sam Okafor").withRhythm(30), TODAY.minusDays(100));
    }

    private Ask ask(Person p, LocalDate on) {
        return kith.asks().ask(account(), new NewAsk(p.id(), "an intro to your CFO", on, "email"), TODAY);
    }

    /** Acting on a later day: that day is then today. */
    private Ask answer(Ask ask, Answer answer, LocalDate on) {
        return kith.asks().answer(account(), ask.id(), answer, on, on);
    }

    private Today today(LocalDate day) {
        return kith.planner().today(account(), day, 0);
    }

    private List<TodayItem.AskFollowUp> asksOn(LocalDate day) {
        return today(day).items().stream().filter(i -> i instanceof TodayItem.AskFollowUp)
                .map(TodayItem.AskFollowUp.class::cast).toList();
    }

    @Test
    void askingIsATouchpointAndTheAskWaits() {
        Person sam = sam();

        Ask ask = ask(sam, TODAY);

        assertThat(ask.state()).isEqualTo(AskState.WAITING);
        assertThat(ask.status()).isEqualTo("waiting");
        assertThat(ask.events()).extracting(AskEvent::kind).containsExactly(AskEventKind.ASKED);
        assertThat(kith.touchpoints().ofPerson(owner(), sam.id(), 5, 0)).singleElement()
                .satisfies(t -> assertThat(t.note()).isEqualTo("Asked: an intro to your CFO"));
        assertThat(kith.people().get(owner(), sam.id()).lastTouchOn()).isEqualTo(TODAY);
    }

    @Test
    void anAskWaitingLongerThanTheGapIsIgnoredAndGoesOnTodayAboveWhoIsDue() {
        Person sam = sam();
        kith.people().add(owner(), PersonDraft.named("Due Dana").withRhythm(7), TODAY.minusDays(60));
        ask(sam, TODAY);

        assertThat(asksOn(TODAY.plusDays(7))).isEmpty();
        Today later = today(TODAY.plusDays(8));

        assertThat(later.items().get(0).kind()).isEqualTo("ask");
        assertThat(later.items().get(0).reason()).isEqualTo("You asked Sam for an intro to your CFO 8 days ago — a short follow-up?");
        TodayItem.AskFollowUp first = (TodayItem.AskFollowUp) later.items().get(0);
        assertThat(first.ask().state()).isEqualTo("ignored");
        assertThat(later.items()).extracting(i -> i.person().name()).containsExactly("Sam Okafor", "Due Dana");
        assertThat(kith.asks().get(account(), first.ask().id(), TODAY.plusDays(8)).status()).isEqualTo("ignored");
    }

    @Test
    void aPuntedAskComesBackOnTheDayItWasPuntedTo() {
        Ask ask = ask(sam(), TODAY);

        Ask punted = answer(ask, new Answer.Punt(TODAY.plusDays(20)), TODAY.plusDays(2));

        assertThat(punted.state()).isEqualTo(AskState.PUNTED);
        assertThat(asksOn(TODAY.plusDays(19))).isEmpty();
        assertThat(asksOn(TODAY.plusDays(20))).singleElement().satisfies(i -> {
            assertThat(i.ask().state()).isEqualTo("due");
            assertThat(i.reason()).startsWith("Sam said to come back on 22 March about");
        });
    }

    @Test
    void aFollowUpIsATouchpointRestartsTheWaitAndAfterTwoKithSuggestsDropping() {
        Ask ask = ask(sam(), TODAY);
        kith.asks().followUp(account(), ask.id(), TODAY.plusDays(8), null, null, TODAY.plusDays(8));
        assertThat(asksOn(TODAY.plusDays(15))).isEmpty();

        kith.asks().followUp(account(), ask.id(), TODAY.plusDays(16), "call", "left a voicemail", TODAY.plusDays(16));
        TodayItem.AskFollowUp third = asksOn(TODAY.plusDays(24)).get(0);

        assertThat(third.ask().followUps()).isEqualTo(2);
        assertThat(third.ask().suggestDrop()).isTrue();
        assertThat(third.reason()).contains("followed up twice — drop it, or one last try?");
        assertThat(kith.touchpoints().ofPerson(owner(), ask.person().id(), 5, 0)).extracting(t -> t.note())
                .startsWith("left a voicemail", "Followed up: an intro to your CFO");
    }

    @Test
    void actingOnAnAskKeepsItOnThatDaysListCheckedOffAndItIsGoneTheNextDay() {
        Ask ask = ask(sam(), TODAY);
        LocalDate day = TODAY.plusDays(9);
        assertThat(asksOn(day)).singleElement().matches(i -> !i.done());

        answer(ask, new Answer.Yes(), day);

        assertThat(asksOn(day)).singleElement().satisfies(i -> {
            assertThat(i.done()).isTrue();
            assertThat(i.action()).isEqualTo("yes");
        });
        assertThat(asksOn(day.plusDays(1))).isEmpty();
    }

    @Test
    void aClosedAskCannotBeAnsweredAgainAndNothingChanges() {
        Ask ask = ask(sam(), TODAY);
        answer(ask, new Answer.Drop(), TODAY.plusDays(1));
        int events = rows("ask_event");
        int touchpoints = rows("touchpoint");

        assertThatThrownBy(() -> answer(ask, new Answer.Yes(), TODAY.plusDays(2)))
                .isInstanceOf(Conflict.class).hasMessageContaining("closed (dropped");
        assertThatThrownBy(() -> kith.asks().followUp(account(), ask.id(), TODAY.plusDays(2), null, null, TODAY.plusDays(2)))
                .isInstanceOf(Conflict.class);

        assertThat(rows("ask_event")).isEqualTo(events);
        assertThat(rows("touchpoint")).isEqualTo(touchpoints);
        assertThat(kith.asks().get(account(), ask.id(), TODAY).state()).isEqualTo(AskState.DROPPED);
    }

    @Test
    void badAnswersAreRefusedAndNothingChanges() {
        Ask ask = ask(sam(), TODAY.minusDays(3));
        int events = rows("ask_event");

        assertThatThrownBy(() -> kith.asks().answer(account(), ask.id(), new Answer.Punt(TODAY), TODAY, TODAY))
                .isInstanceOf(Invalid.class).hasMessageContaining("a punt is to a day after");
        assertThatThrownBy(() -> kith.asks().answer(account(), ask.id(), new Answer.Yes(), TODAY.minusDays(4), TODAY))
                .isInstanceOf(Invalid.class).hasMessageContaining("before the ask");
        assertThatThrownBy(() -> Answer.parse("maybe", null)).isInstanceOf(Invalid.class).hasMessageContaining("yes, no, punt or drop");
        assertThatThrownBy(() -> Answer.parse("punt", null)).isInstanceOf(Invalid.class).hasMessageContaining("to");
        assertThatThrownBy(() -> kith.asks().ask(account(), new NewAsk(ask.person().id(), " ", TODAY, null), TODAY))
                .isInstanceOf(Invalid.class).hasMessageContaining("text is required");
        assertThatThrownBy(() -> kith.asks().ask(account(), new NewAsk(ask.person().id(), "x".repeat(501), TODAY, null), TODAY))
                .isInstanceOf(Invalid.class).hasMessageContaining("too long");

        assertThat(rows("ask_event")).isEqualTo(events);
        assertThat(rows("ask")).isEqualTo(1);
    }

    @Test
    void withoutADayAnAnswerIsTodaysAndAPuntIsToALaterDay() {
        Ask ask = ask(sam(), TODAY.minusDays(30));

        Ask punted = kith.asks().answer(account(), ask.id(), new Answer.Punt(TODAY.plusDays(60)), null, TODAY);

        assertThat(punted.events()).extracting(AskEvent::on).containsExactly(TODAY.minusDays(30), TODAY);
        assertThat(punted.puntedTo()).isEqualTo(TODAY.plusDays(60));
    }

    @Test
    void anAskAnAnswerAFollowUpOrAReplyDatedAfterTodayIsRefusedAndNothingChanges() {
        Person sam = sam();
        Ask ask = ask(sam, TODAY.minusDays(9));
        int events = rows("ask_event");
        int touchpoints = rows("touchpoint");
        LocalDate tomorrow = TODAY.plusDays(1);
        String message = "on 2026-03-03 is after today (2026-03-02); Kith records only what has happened";

        for (ThrowingCallable refused : List.<ThrowingCallable>of(
                () -> kith.asks().ask(account(), new NewAsk(sam.id(), "a coffee", tomorrow, null), TODAY),
                () -> kith.asks().answer(account(), ask.id(), new Answer.Yes(), tomorrow, TODAY),
                () -> kith.asks().answer(account(), ask.id(), new Answer.Drop(), tomorrow, TODAY),
                () -> kith.asks().answer(account(), ask.id(), new Answer.Punt(TODAY.plusDays(9)), tomorrow, TODAY),
                () -> kith.asks().followUp(account(), ask.id(), tomorrow, null, null, TODAY),
                () -> kith.asks().replied(account(), ask.id(), tomorrow, null, null, TODAY))) {
            assertThatThrownBy(refused).isInstanceOfSatisfying(Invalid.class, e -> {
                assertThat(e.field()).isEqualTo("on");
                assertThat(e).hasMessage(message);
            });
        }

        assertThat(rows("ask")).isEqualTo(1);
        assertThat(rows("ask_event")).isEqualTo(events);
        assertThat(rows("touchpoint")).isEqualTo(touchpoints);
        assertThat(kith.asks().get(account(), ask.id(), TODAY).state()).isEqualTo(AskState.WAITING);
    }

    @Test
    void anotherAccountNeitherSeesNorAnswersTheOwnersAsks() {
        Ask ask = ask(sam(), TODAY);
        Account other = kith.accounts().byId(anotherAccount());

        assertThatThrownBy(() -> kith.asks().get(other, ask.id(), TODAY)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kith.asks().answer(other, ask.id(), new Answer.Yes(), TODAY, TODAY)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kith.asks().followUp(other, ask.id(), TODAY, null, null, TODAY)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kith.asks().ask(other, new NewAsk(ask.person().id(), "x", TODAY, null), TODAY))
                .isInstanceOf(NotFound.class);
        assertThat(kith.asks().list(other, null, null, null, TODAY)).isEmpty();
        assertThat(kith.planner().today(other, TODAY.plusDays(10), 5).items()).isEmpty();
        assertThat(kith.asks().get(account(), ask.id(), TODAY).state()).isEqualTo(AskState.WAITING);
    }

    @Test
    void theAsksOfADeletedPersonLeaveTodayAndTheListsUntilTheyAreRestored() {
        Person sam = sam();
        Ask ask = ask(sam, TODAY);
        kith.people().delete(owner(), sam.id());

        assertThat(asksOn(TODAY.plusDays(9))).isEmpty();
        assertThat(kith.asks().list(account(), null, null, null, TODAY)).isEmpty();
        assertThatThrownBy(() -> kith.asks().get(account(), ask.id(), TODAY)).isInstanceOf(NotFound.class);

        kith.people().restore(owner(), sam.id());
        assertThat(asksOn(TODAY.plusDays(9))).hasSize(1);
    }

    @Test
    void statsSayWhatBecameOfTheAsks() {
        Person sam = sam();
        Ask yes = ask(sam, TODAY);
        Ask punted = ask(sam, TODAY);
        Ask ignored = ask(sam, TODAY);
        ask(sam, TODAY);
        kith.asks().answer(account(), yes.id(), new Answer.Yes(), TODAY, TODAY);
        kith.asks().answer(account(), punted.id(), new Answer.Punt(TODAY.plusDays(5)), TODAY, TODAY);
        kith.asks().followUp(account(), ignored.id(), TODAY.plusDays(9), null, null, TODAY.plusDays(9));
        answer(ignored, new Answer.No(), TODAY.plusDays(10));

        AskStats stats = kith.asks().stats(account(), sam.id(), TODAY.plusDays(20));

        assertThat(stats).isEqualTo(new AskStats(4, 1, 1, 1, 2, 0, 2));
        assertThat(kith.asks().list(account(), true, null, null, TODAY)).hasSize(2);
    }
}
