package app.kith.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.kith.StoreTest;
import app.kith.account.Account;
import app.kith.ask.Answer;
import app.kith.ask.Ask;
import app.kith.ask.NewAsk;
import app.kith.insight.InsightsView.MonthShare;
import app.kith.insight.InsightsView.Week;
import app.kith.intro.Introduction;
import app.kith.intro.IntroStep;
import app.kith.intro.NewIntroduction;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.planner.Today;
import app.kith.touchpoint.NewTouchpoint;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A hand-built network where every figure is known. Today is Monday 2 March 2026. Tracked: Ada
 * and Bo (Monthly, 30 days) and Cy (Yearly) added on 1 January 2025, Dee (her own 60 days) added
 * on 15 February 2026. Untracked: Sam (this week's reach-outs), Otto and Olga (close once, silent
 * since 2023 and 2024), Paul (close, touched 100 days ago), Wendy and Walt (few touchpoints, data
 * work), Yuri (a data engineer touched often), Xena (a data engineer never touched).
 */
class InsightsTest extends StoreTest {

    private static final LocalDate ADDED = LocalDate.of(2025, 1, 1);
    private static final String GOAL = "looking for work in data engineering";

    private Person ada;
    private Person olga;
    private Person otto;
    private Person sam;
    private Person wendy;
    private Person walt;

    private Account account() {
        return kith.accounts().byId(owner());
    }

    private Person add(PersonDraft draft, LocalDate on) {
        return kith.people().add(owner(), draft, on);
    }

    private void touch(Person p, LocalDate on, String direction, String note) {
        kith.touchpoints().log(owner(), new NewTouchpoint(p.id(), on, "email", direction, note), TODAY);
    }

    private void touch(Person p, LocalDate on, String direction) {
        touch(p, on, direction, null);
    }

    private InsightsView insights(String goal) {
        return kith.insights().insights(account(), TODAY, goal);
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @BeforeEach
    void network() {
        kith.circles().add(owner(), "Monthly", 30);
        kith.circles().add(owner(), "Yearly", 365);
        ada = add(PersonDraft.named("Ada Lovelace").withCircles(List.of("Monthly")), ADDED);
        Person bo = add(PersonDraft.named("Bo Chen").withCircles(List.of("Monthly")), ADDED);
        Person cy = add(PersonDraft.named("Cy Twombly").withCircles(List.of("Yearly")), ADDED);
        add(PersonDraft.named("Dee Rivers").withRhythm(60), day(2026, 2, 15));
        touch(ada, day(2025, 12, 15), "out");
        touch(ada, day(2026, 2, 20), "out");
        touch(bo, day(2025, 12, 20), "in");
        touch(cy, day(2025, 6, 1), "mutual");

        sam = add(PersonDraft.named("Sam Okafor"), ADDED);
        touch(sam, TODAY.minusDays(1), "out");
        touch(sam, TODAY.minusDays(2), "mutual");
        touch(sam, TODAY.minusDays(3), "out");
        touch(sam, TODAY.minusDays(4), "in");
        touch(sam, TODAY.minusDays(5), "out");

        LocalDate longAgo = day(2023, 1, 1);
        otto = add(PersonDraft.named("Otto Berg"), longAgo);
        for (LocalDate on : List.of(day(2023, 2, 1), day(2023, 4, 1), day(2023, 8, 1), day(2023, 10, 1))) {
            touch(otto, on, "out");
        }
        olga = add(PersonDraft.named("Olga Petrova"), longAgo);
        touch(olga, day(2023, 3, 1), "out");
        touch(olga, day(2023, 6, 1), "in");
        touch(olga, day(2024, 9, 1), "mutual", "her move to Lisbon");
        Person paul = add(PersonDraft.named("Paul Klee"), longAgo);
        touch(paul, day(2023, 3, 1), "out");
        touch(paul, day(2023, 5, 1), "out");
        touch(paul, TODAY.minusDays(100), "out");

        wendy = add(new PersonDraft("Wendy Ng", null, null, "Acme", "Data Engineer", null, null, null, null, null,
                null, null, null, null, null), longAgo);
        touch(wendy, day(2025, 10, 1), "out");
        touch(wendy, day(2026, 1, 10), "out");
        walt = add(new PersonDraft("Walt Frost", null, null, null, null, null, null, null, null,
                List.of("data pipelines"), null, null, null, null, null), longAgo);
        touch(walt, day(2025, 5, 5), "in");
        Person yuri = add(new PersonDraft("Yuri Gagarin", null, null, null, "Data engineer", null, null, null, null,
                null, null, null, null, null, null), longAgo);
        for (int month = 6; month <= 10; month++) {
            touch(yuri, day(2025, month, 1), "out");
        }
        add(new PersonDraft("Xena Warrior", null, null, null, "Data engineer", null, null, null, null, null, null,
                null, null, null, null), longAgo);
        add(new PersonDraft("Zoe Baker", null, null, null, null, null, null, null, null, null, null,
                "Loves baking", null, null, null), longAgo);
    }

    @Test
    void inRhythmTodayIsTheShareOfTrackedPeopleNotOverdue() {
        InsightsView.InRhythmShare r = insights(null).inRhythm();

        assertThat(r.tracked()).isEqualTo(4);
        assertThat(r.inRhythm()).isEqualTo(3);
        assertThat(r.share()).isEqualTo(0.75);
    }

    @Test
    void inRhythmPerCircleCountsEachCirclesMembers() {
        assertThat(insights(null).inRhythm().circles())
                .extracting(InsightsView.CircleShare::name, InsightsView.CircleShare::tracked,
                        InsightsView.CircleShare::inRhythm, InsightsView.CircleShare::share)
                .containsExactly(tuple("Monthly", 2, 1, 0.5),
                        tuple("Yearly", 1, 1, 1.0));
    }

    @Test
    void inRhythmTrendIsTheShareAtEachMonthEndFromTheTouchpointHistory() {
        List<MonthShare> trend = insights(null).inRhythm().trend();

        assertThat(trend).hasSize(12);
        assertThat(trend.get(0).on()).isEqualTo(day(2025, 4, 30));
        assertThat(trend.get(11).on()).isEqualTo(TODAY);
        assertThat(trend).extracting(MonthShare::on, MonthShare::tracked, MonthShare::inRhythm).contains(
                tuple(day(2025, 11, 30), 3, 1),
                tuple(day(2025, 12, 31), 3, 3),
                tuple(day(2026, 1, 31), 3, 1),
                tuple(day(2026, 2, 28), 4, 3),
                tuple(TODAY, 4, 3));
        assertThat(trend.get(8).share()).isEqualTo(1.0);
        assertThat(trend.get(9).share()).isEqualTo(0.333);
        assertThat(insights(null).inRhythm().circles().get(0).trend().get(9).inRhythm()).isZero();
    }

    @Test
    void someoneImportedWithTheirHistoryCountsFromTheirFirstTouchpoint() {
        Person ida = add(PersonDraft.named("Ida Imported").withCircles(List.of("Monthly")), TODAY);
        touch(ida, day(2025, 12, 10), "out");

        List<MonthShare> trend = insights(null).inRhythm().trend();

        assertThat(trend.get(7)).isEqualTo(new MonthShare(day(2025, 11, 30), 3, 1, 0.333));
        assertThat(trend.get(8)).isEqualTo(new MonthShare(day(2025, 12, 31), 4, 4, 1.0));
    }

    @Test
    void backlogAndRhythmBudgetAreThePlannersOwn() {
        InsightsView.Backlog b = insights(null).backlog();
        Today plan = kith.planner().today(account(), TODAY, 0);

        assertThat(b.backlog()).isEqualTo(plan.backlog()).isZero();
        assertThat(b.clearsOn()).isNull();
        // 2/30 + 1/365 + 1/60 = 0.086 contacts a day against the default capacity of 5.
        assertThat(b.contactsPerDay()).isEqualTo(0.09);
        assertThat(b.capacity()).isEqualTo(5);
        assertThat(b.kept()).isTrue();
        assertThat(b.message()).isEqualTo(plan.rhythmBudget().message());
    }

    @Test
    void touchpointsPerWeekCountOutInAndMutualApartOverTheLastTwelveIsoWeeks() {
        List<Week> weeks = insights(null).weeks();

        assertThat(weeks).hasSize(12);
        assertThat(weeks.get(0)).isEqualTo(new Week(day(2025, 12, 15), 1, 1, 0));
        assertThat(weeks.get(3)).isEqualTo(new Week(day(2026, 1, 5), 1, 0, 0));
        assertThat(weeks.get(9)).isEqualTo(new Week(day(2026, 2, 16), 1, 0, 0));
        assertThat(weeks.get(10)).isEqualTo(new Week(day(2026, 2, 23), 3, 1, 1));
        assertThat(weeks.get(11)).isEqualTo(new Week(TODAY, 0, 0, 0));
        assertThat(weeks.stream().mapToInt(w -> w.out() + w.in() + w.mutual()).sum()).isEqualTo(9);
    }

    @Test
    void aStreakLongerThanTheFirstWindowReadIsCountedWhole() {
        Person daily = add(PersonDraft.named("Dee Daily"), LocalDate.of(2024, 1, 1));
        for (int back = 4; back <= 400; back++) {
            touch(daily, TODAY.minusDays(back), back % 2 == 0 ? "out" : "mutual");
        }

        assertThat(insights(null).streak()).isEqualTo(new InsightsView.Streak(400, TODAY.minusDays(400), false));
    }

    @Test
    void theStreakEndsYesterdayUntilSomeoneIsReachedToday() {
        assertThat(insights(null).streak()).isEqualTo(new InsightsView.Streak(3, TODAY.minusDays(3), false));

        touch(otto, TODAY, "out");

        assertThat(insights(null).streak()).isEqualTo(new InsightsView.Streak(4, TODAY.minusDays(3), true));
    }

    @Test
    void asksAreCountedByWhatBecameOfThem() {
        Person ann = add(PersonDraft.named("Ann Asked"), ADDED);
        List<Ask> asks = List.of("a coffee", "an intro to your CFO", "advice on pricing", "a reference").stream()
                .map(text -> kith.asks().ask(account(), new NewAsk(ann.id(), text, TODAY.minusDays(20), "email"), TODAY))
                .toList();
        kith.asks().answer(account(), asks.get(0).id(), new Answer.Yes(), TODAY.minusDays(10), TODAY);
        kith.asks().answer(account(), asks.get(1).id(), new Answer.No(), TODAY.minusDays(10), TODAY);
        kith.asks().answer(account(), asks.get(2).id(), new Answer.Punt(TODAY.plusDays(10)), TODAY.minusDays(10), TODAY);

        var stats = insights(null).asks();

        assertThat(stats.asked()).isEqualTo(4);
        assertThat(stats.yes()).isEqualTo(1);
        assertThat(stats.no()).isEqualTo(1);
        assertThat(stats.punted()).isEqualTo(1);
        assertThat(stats.ignored()).isEqualTo(1);
        assertThat(stats.open()).isEqualTo(2);
    }

    @Test
    void introductionsAreCountedByHowTheyWent() {
        Introduction met = kith.introductions().propose(owner(),
                new NewIntroduction(wendy.id(), walt.id(), "both build pipelines", TODAY.minusDays(30)), TODAY);
        for (IntroStep step : List.of(IntroStep.asked(wendy.id(), TODAY.minusDays(30)),
                IntroStep.agreed(wendy.id(), TODAY.minusDays(29)), IntroStep.asked(walt.id(), TODAY.minusDays(30)),
                IntroStep.agreed(walt.id(), TODAY.minusDays(28)), IntroStep.introduced(TODAY.minusDays(27), "email"),
                IntroStep.outcome("met", TODAY.minusDays(5)))) {
            kith.introductions().step(owner(), met.id(), step, TODAY);
        }
        Introduction declined = kith.introductions().propose(owner(),
                new NewIntroduction(ada.id(), sam.id(), "Sam hires", TODAY.minusDays(10)), TODAY);
        kith.introductions().step(owner(), declined.id(), IntroStep.asked(sam.id(), TODAY.minusDays(10)), TODAY);
        kith.introductions().step(owner(), declined.id(), IntroStep.declined(sam.id(), TODAY.minusDays(9)), TODAY);

        var counts = insights(null).introductions();

        assertThat(counts.proposed()).isEqualTo(2);
        assertThat(counts.declined()).isEqualTo(1);
        assertThat(counts.introduced()).isEqualTo(1);
        assertThat(counts.met()).isEqualTo(1);
    }

    @Test
    void dormantTiesAreOnceClosePeopleSilentForOverAYearClosestFirstWithAStarter() {
        List<InsightsView.DormantTie> dormant = insights(null).dormantTies();

        assertThat(dormant).extracting(t -> t.person().name(), InsightsView.DormantTie::touchpoints,
                InsightsView.DormantTie::lastOn).containsExactly(
                tuple("Otto Berg", 4, day(2023, 10, 1)),
                tuple("Olga Petrova", 3, day(2024, 9, 1)));
        assertThat(dormant.get(1).lastNote()).isEqualTo("her move to Lisbon");
        assertThat(dormant.get(1).starter().body()).contains("Olga");
    }

    @Test
    void weakTiesForAGoalAreFewTouchpointPeopleWhoseProfileFitsItBestFirst() {
        InsightsView view = insights(GOAL);

        assertThat(view.goal()).isEqualTo(GOAL);
        assertThat(view.weakTies()).extracting(t -> t.person().name()).containsExactly("Wendy Ng", "Walt Frost");
        assertThat(view.weakTies().get(0).matched()).containsExactly("data", "engineer");
        assertThat(view.weakTies().get(0).fields()).containsExactly("role");
        assertThat(view.weakTies().get(1).fields()).containsExactly("topics");
        assertThat(insights(null).weakTies()).isEmpty();
        assertThat(insights("gardening").weakTies()).isEmpty();
    }

    @Test
    void anotherAccountSeesNoneOfIt() {
        long other = anotherAccount();

        InsightsView view = kith.insights().insights(kith.accounts().byId(other), TODAY, GOAL);

        assertThat(view.inRhythm().tracked()).isZero();
        assertThat(view.inRhythm().circles()).isEmpty();
        assertThat(view.weeks()).allMatch(w -> w.out() + w.in() + w.mutual() == 0);
        assertThat(view.streak().days()).isZero();
        assertThat(view.asks().asked()).isZero();
        assertThat(view.introductions().proposed()).isZero();
        assertThat(view.dormantTies()).isEmpty();
        assertThat(view.weakTies()).isEmpty();
    }
}
