package app.kith.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.kith.Invalid;
import app.kith.StoreTest;
import app.kith.account.Account;
import app.kith.ask.Answer;
import app.kith.ask.Ask;
import app.kith.ask.NewAsk;
import app.kith.insight.WeekReview.AskMoves;
import app.kith.insight.WeekReview.Day;
import app.kith.insight.WeekReview.IntroMoves;
import app.kith.insight.WeekReview.Reconnected;
import app.kith.intro.Introduction;
import app.kith.intro.IntroStep;
import app.kith.intro.NewIntroduction;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.planner.TodayItem;
import app.kith.touchpoint.NewTouchpoint;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A hand-built fortnight where every figure of the weekly review is known. Today is Monday 2
 * March 2026. The week reviewed, 23 February to 1 March: Eve touched for the first time ever
 * (Mon), Ada (Monthly) after 85 days of silence (Tue, and she answered Thu), Bo (Monthly) 15 days
 * after the last time (Wed, shared), Cy (no rhythm) after 149 days (Fri), Wes (weekly) after 20
 * days (Fri), Dee (no rhythm) after 6 (Sat); Gone, deleted, touched too. The week before, 16 to 22 February, Ivy and Ian's asks and
 * introduction moved on.
 */
class WeekReviewTest extends StoreTest {

    private static final LocalDate WEEK = LocalDate.of(2026, 2, 23);
    private static final LocalDate WEEK_BEFORE = LocalDate.of(2026, 2, 16);
    private static final LocalDate ADDED = LocalDate.of(2025, 1, 1);

    private Person ada;
    private Person cy;
    private Person ivy;
    private Person ian;

    private Account account() {
        return kith.accounts().byId(owner());
    }

    private Person add(PersonDraft draft) {
        return kith.people().add(owner(), draft, ADDED);
    }

    private void touch(Person p, LocalDate on, String direction) {
        kith.touchpoints().log(owner(), new NewTouchpoint(p.id(), on, "email", direction, null), TODAY);
    }

    private WeekReview week(LocalDate monday) {
        return kith.insights().week(account(), TODAY, monday);
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    @BeforeEach
    void fortnight() {
        kith.circles().add(owner(), "Monthly", 30);
        ada = add(PersonDraft.named("Ada Lovelace").withCircles(List.of("Monthly")));
        Person bo = add(PersonDraft.named("Bo Chen").withCircles(List.of("Monthly")));
        cy = add(PersonDraft.named("Cy Twombly"));
        Person dee = add(PersonDraft.named("Dee Rivers"));
        Person eve = add(PersonDraft.named("Eve Newman"));
        Person wes = add(PersonDraft.named("Wes Weekly").withRhythm(7));
        Person gone = add(PersonDraft.named("Gone Away"));
        touch(ada, LocalDate.of(2025, 12, 1), "out");
        touch(ada, day(2, 24), "out");
        touch(ada, day(2, 26), "in");
        touch(bo, day(2, 10), "out");
        touch(bo, day(2, 25), "mutual");
        touch(bo, TODAY, "out");
        touch(cy, LocalDate.of(2025, 10, 1), "out");
        touch(cy, day(2, 27), "out");
        touch(dee, day(2, 22), "in");
        touch(dee, day(2, 28), "in");
        touch(eve, day(2, 23), "out");
        touch(wes, day(2, 7), "out");
        touch(wes, day(2, 27), "out");
        touch(gone, LocalDate.of(2025, 6, 1), "out");
        touch(gone, day(2, 25), "out");
        kith.people().delete(owner(), gone.id());

        ivy = add(PersonDraft.named("Ivy Asker"));
        ian = add(PersonDraft.named("Ian Intro"));
    }

    @Test
    void touchpointsAreCountedDayByDayInTheirDirection() {
        WeekReview review = week(WEEK);

        assertThat(review.start()).isEqualTo(WEEK);
        assertThat(review.end()).isEqualTo(day(3, 1));
        assertThat(review.current()).isFalse();
        assertThat(review.days()).containsExactly(new Day(day(2, 23), 1, 0, 0), new Day(day(2, 24), 1, 0, 0),
                new Day(day(2, 25), 0, 0, 1), new Day(day(2, 26), 0, 1, 0), new Day(day(2, 27), 2, 0, 0),
                new Day(day(2, 28), 0, 1, 0), new Day(day(3, 1), 0, 0, 0));
        assertThat(review.touchpoints()).isEqualTo(7);
    }

    @Test
    void thePeopleReachedAreTheOnesTouchedMostFirst() {
        WeekReview review = week(WEEK);

        assertThat(review.reached()).isEqualTo(6);
        assertThat(review.people()).extracting(t -> t.person().name(), WeekReview.Touched::touchpoints,
                        WeekReview.Touched::reachOuts)
                .containsExactly(tuple("Ada Lovelace", 2, 1), tuple("Dee Rivers", 1, 0), tuple("Cy Twombly", 1, 1),
                        tuple("Wes Weekly", 1, 1), tuple("Bo Chen", 1, 1), tuple("Eve Newman", 1, 1));
    }

    @Test
    void reconnectedAreThoseSilentLongerThanTheirRhythmAndAMonthOrNinetyDaysWithoutOne() {
        assertThat(week(WEEK).reconnected()).containsExactly(
                new Reconnected(new InsightsView.PersonRef(cy.id(), "Cy Twombly"), day(2, 27),
                        LocalDate.of(2025, 10, 1), 149, null),
                new Reconnected(new InsightsView.PersonRef(ada.id(), "Ada Lovelace"), day(2, 24),
                        LocalDate.of(2025, 12, 1), 85, 30));
    }

    @Test
    void theCurrentWeekCountsUpToToday() {
        WeekReview review = week(null);

        assertThat(review.start()).isEqualTo(TODAY);
        assertThat(review.current()).isTrue();
        assertThat(review.days().get(0)).isEqualTo(new Day(TODAY, 1, 0, 0));
        assertThat(review.touchpoints()).isEqualTo(1);
        assertThat(review.people()).extracting(t -> t.person().name()).containsExactly("Bo Chen");
        assertThat(review.reconnected()).isEmpty();
    }

    @Test
    void askStepsAreCountedInTheWeekTheyWereTaken() {
        Ask yes = kith.asks().ask(account(), new NewAsk(ivy.id(), "a coffee", day(2, 16), "email"), TODAY);
        kith.asks().followUp(account(), yes.id(), day(2, 18), "email", null, TODAY);
        kith.asks().answer(account(), yes.id(), new Answer.Yes(), day(2, 20), TODAY);
        Ask no = kith.asks().ask(account(), new NewAsk(ivy.id(), "a reference", day(2, 17), "email"), TODAY);
        kith.asks().answer(account(), no.id(), new Answer.No(), day(2, 19), TODAY);
        Ask punted = kith.asks().ask(account(), new NewAsk(ivy.id(), "an intro", day(2, 17), "email"), TODAY);
        kith.asks().answer(account(), punted.id(), new Answer.Punt(day(4, 1)), day(2, 21), TODAY);
        Ask dropped = kith.asks().ask(account(), new NewAsk(ivy.id(), "advice", day(2, 10), "email"), TODAY);
        kith.asks().answer(account(), dropped.id(), new Answer.Drop(), day(2, 22), TODAY);

        assertThat(week(WEEK_BEFORE).asks()).isEqualTo(new AskMoves(3, 1, 1, 1, 1, 1));
        assertThat(week(WEEK).asks()).isEqualTo(new AskMoves(0, 0, 0, 0, 0, 0));
    }

    @Test
    void introductionStepsAreCountedInTheWeekTheyWereTaken() {
        Introduction intro = kith.introductions().propose(owner(),
                new NewIntroduction(ivy.id(), ian.id(), "both bake", day(2, 16)), TODAY);
        for (IntroStep step : List.of(IntroStep.asked(ivy.id(), day(2, 16)), IntroStep.agreed(ivy.id(), day(2, 17)),
                IntroStep.asked(ian.id(), day(2, 17)), IntroStep.agreed(ian.id(), day(2, 18)),
                IntroStep.introduced(day(2, 19), "email"), IntroStep.outcome("met", WEEK))) {
            kith.introductions().step(owner(), intro.id(), step, TODAY);
        }
        kith.introductions().propose(owner(), new NewIntroduction(ada.id(), ian.id(), "both code", day(2, 9)), TODAY);

        assertThat(week(WEEK_BEFORE).introductions()).isEqualTo(new IntroMoves(1, 2, 2, 0, 1, 0, 0, 0));
        assertThat(week(WEEK).introductions()).isEqualTo(new IntroMoves(0, 0, 0, 0, 0, 1, 0, 0));
    }

    @Test
    void theNextSevenDaysAreThePlannersListsEachItemOnce() {
        Person bea = kith.people().add(owner(), new PersonDraft("Bea Birthday", null, null, null, null, null, null,
                "1985-03-06", null, null, null, null, null, null, null), ADDED);
        Ask punted = kith.asks().ask(account(), new NewAsk(ivy.id(), "an intro", day(2, 17), "email"), TODAY);
        kith.asks().answer(account(), punted.id(), new Answer.Punt(day(3, 5)), day(2, 21), TODAY);

        List<WeekReview.Coming> coming = week(null).coming();

        assertThat(coming).extracting(WeekReview.Coming::on)
                .containsExactly(day(3, 3), day(3, 4), day(3, 5), day(3, 6), day(3, 7), day(3, 8), day(3, 9));
        assertThat(coming.get(3).items()).anyMatch(i -> i instanceof TodayItem.Birthday && i.person().id() == bea.id());
        assertThat(coming.get(2).items()).anyMatch(i -> i instanceof TodayItem.AskFollowUp a && a.ask().id() == punted.id());
        List<String> all = coming.stream().flatMap(c -> c.items().stream())
                .map(i -> i.kind() + ":" + i.person().id()).toList();
        assertThat(all).doesNotHaveDuplicates();
        for (WeekReview.Coming c : coming) {
            assertThat(c.items()).allMatch(i -> kith.planner().today(account(), c.on(), 0).items().contains(i));
        }
    }

    @Test
    void aPastWeekLooksNoFurtherAhead() {
        assertThat(week(WEEK).coming()).isEmpty();
    }

    @Test
    void aWeekThatIsNotAMondaysOrHasNotBegunIsRefused() {
        assertThatThrownBy(() -> week(day(2, 24))).isInstanceOf(Invalid.class)
                .hasMessage("week is the Monday a week starts on; 2026-02-24 is a Tuesday");
        assertThatThrownBy(() -> week(day(3, 9))).isInstanceOf(Invalid.class).hasMessageContaining("week starts after today");
    }

    @Test
    void anotherAccountsWeekIsEmpty() {
        long other = anotherAccount();

        WeekReview review = kith.insights().week(kith.accounts().byId(other), TODAY, WEEK);

        assertThat(review.touchpoints()).isZero();
        assertThat(review.people()).isEmpty();
        assertThat(review.reconnected()).isEmpty();
    }
}
