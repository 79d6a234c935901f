package app.kith.intro;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.StoreTest;
import app.kith.account.Account;
import app.kith.account.SettingsChange;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.planner.Today;
import app.kith.planner.TodayItem;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Introductions on Today: a side asked too long ago, both agreed, a made introduction to check on.
 * Each appears on its day and not before; acting on a day keeps the item on that day's list,
 * checked off, and it is gone the day after.
 */
class IntroFollowUpsTest extends StoreTest {

    /** The day the introduction is proposed and first steps are taken. */
    private static final LocalDate D = TODAY;

    private Person sam;
    private Person priya;
    private Introduction intro;

    @BeforeEach
    void samAndPriyaToBeIntroduced() {
        sam = kith.people().add(owner(), PersonDraft.named("Sam Okafor"), TODAY.minusDays(10));
        priya = kith.people().add(owner(), PersonDraft.named("Priya Raman"), TODAY.minusDays(10));
        intro = kith.introductions().propose(owner(), new NewIntroduction(sam.id(), priya.id(), "Priya is hiring", D), TODAY);
    }

    /** A step taken on its day: that day is then today. */
    private void step(IntroStep step) {
        kith.introductions().step(owner(), intro.id(), step, step.on() != null && step.on().isAfter(TODAY) ? step.on() : TODAY);
    }

    private Today today(Account account, LocalDate day) {
        return kith.planner().today(account, day, 0);
    }

    private List<TodayItem.IntroFollowUp> intros(LocalDate day) {
        return intros(today(kith.accounts().owner(), day));
    }

    private static List<TodayItem.IntroFollowUp> intros(Today today) {
        return today.items().stream().filter(i -> i instanceof TodayItem.IntroFollowUp).map(TodayItem.IntroFollowUp.class::cast)
                .toList();
    }

    private void bothAgreed(LocalDate on) {
        step(IntroStep.asked(sam.id(), D));
        step(IntroStep.asked(priya.id(), D));
        step(IntroStep.agreed(sam.id(), D.plusDays(1)));
        step(IntroStep.agreed(priya.id(), on));
    }

    @Test
    void aSideAskedMoreThanTheFollowUpGapAgoWithNoAnswerIsOnToday() {
        step(IntroStep.asked(sam.id(), D));

        assertThat(intros(D.plusDays(7))).isEmpty();
        List<TodayItem.IntroFollowUp> items = intros(D.plusDays(8));

        assertThat(items).hasSize(1);
        TodayItem.IntroFollowUp item = items.get(0);
        assertThat(item.person()).isEqualTo(new TodayItem.PersonRef(sam.id(), "Sam Okafor"));
        assertThat(item.reason()).isEqualTo("You asked Sam 8 days ago whether they'd like to meet Priya — follow up?");
        assertThat(item.introduction()).isEqualTo(new TodayItem.IntroRef(intro.id(),
                new TodayItem.PersonRef(priya.id(), "Priya Raman"), "Priya is hiring", "answer"));
        assertThat(item.dueOn()).isEqualTo(D.plusDays(8));
        assertThat(item.done()).isFalse();
        assertThat(intros(D.plusDays(10)).get(0).reason()).startsWith("You asked Sam 10 days ago");
        assertThat(intros(D.plusDays(10)).get(0).overdueDays()).isEqualTo(2);
    }

    @Test
    void anAnswerOnTheDayChecksTheItemOffAndItIsGoneTheDayAfter() {
        step(IntroStep.asked(sam.id(), D));
        step(IntroStep.agreed(sam.id(), D.plusDays(9)));

        assertThat(intros(D.plusDays(8))).singleElement().extracting(TodayItem::done).isEqualTo(false);
        TodayItem.IntroFollowUp acted = intros(D.plusDays(9)).get(0);
        assertThat(acted.done()).isTrue();
        assertThat(acted.action()).isEqualTo("agreed");
        assertThat(acted.reason()).startsWith("You asked Sam 9 days ago");
        assertThat(intros(D.plusDays(10))).isEmpty();
    }

    @Test
    void aFollowUpOnTheDayChecksTheItemOffAndStartsTheGapAgain() {
        step(IntroStep.asked(sam.id(), D));
        step(IntroStep.asked(sam.id(), D.plusDays(9)));

        assertThat(intros(D.plusDays(9))).singleElement().extracting(TodayItem.IntroFollowUp::action).isEqualTo("asked");
        assertThat(intros(D.plusDays(10))).isEmpty();
        assertThat(intros(D.plusDays(16))).isEmpty();
        assertThat(intros(D.plusDays(17))).singleElement().extracting(TodayItem::reason)
                .isEqualTo("You asked Sam 8 days ago whether they'd like to meet Priya — follow up?");
    }

    @Test
    void theOtherSideDecliningSettlesTheItemToo() {
        step(IntroStep.asked(sam.id(), D));
        step(IntroStep.asked(priya.id(), D.plusDays(5)));
        step(IntroStep.declined(priya.id(), D.plusDays(9)));

        assertThat(intros(D.plusDays(9))).singleElement().satisfies(i -> {
            assertThat(i.person().id()).isEqualTo(sam.id());
            assertThat(i.action()).isEqualTo("declined");
        });
        assertThat(intros(D.plusDays(10))).isEmpty();
    }

    @Test
    void askingTheOtherSideDoesNotCheckOffTheFirstSidesItem() {
        step(IntroStep.asked(sam.id(), D));
        step(IntroStep.asked(priya.id(), D.plusDays(9)));

        assertThat(intros(D.plusDays(9))).singleElement().extracting(TodayItem::done).isEqualTo(false);
    }

    @Test
    void twoPeopleWhoBothAgreedAreOnTodayTheDayAfterToBeIntroduced() {
        bothAgreed(D.plusDays(2));

        assertThat(intros(D.plusDays(2))).isEmpty();
        TodayItem.IntroFollowUp item = intros(D.plusDays(3)).get(0);

        assertThat(item.reason()).isEqualTo("Sam and Priya both agreed — introduce them");
        assertThat(item.person().id()).isEqualTo(sam.id());
        assertThat(item.introduction().other().id()).isEqualTo(priya.id());
        assertThat(item.introduction().step()).isEqualTo("introduce");
        assertThat(item.done()).isFalse();
    }

    @Test
    void introducingThemOnTheDayChecksTheItemOff() {
        bothAgreed(D.plusDays(2));
        step(IntroStep.introduced(D.plusDays(3), "email"));

        assertThat(intros(D.plusDays(3))).singleElement().satisfies(i -> {
            assertThat(i.done()).isTrue();
            assertThat(i.action()).isEqualTo("introduced");
        });
        assertThat(intros(D.plusDays(4))).isEmpty();
    }

    @Test
    void anIntroductionMadeTheFollowUpGapAgoAsksHowItWent() {
        bothAgreed(D.plusDays(2));
        step(IntroStep.introduced(D.plusDays(3), "email"));

        assertThat(intros(D.plusDays(16))).isEmpty();
        TodayItem.IntroFollowUp item = intros(D.plusDays(17)).get(0);

        assertThat(item.reason()).isEqualTo("Did Sam and Priya meet? You introduced them 14 days ago.");
        assertThat(item.introduction().step()).isEqualTo("outcome");
        assertThat(item.dueOn()).isEqualTo(D.plusDays(17));
        assertThat(intros(D.plusDays(30))).singleElement().extracting(TodayItem::reason)
                .isEqualTo("Did Sam and Priya meet? You introduced them 27 days ago.");
    }

    @Test
    void sayingHowItWentOnTheDayChecksTheItemOffAndClosesIt() {
        bothAgreed(D.plusDays(2));
        step(IntroStep.introduced(D.plusDays(3), "email"));
        step(IntroStep.outcome("met", D.plusDays(17)));

        assertThat(intros(D.plusDays(17))).singleElement().satisfies(i -> {
            assertThat(i.done()).isTrue();
            assertThat(i.action()).isEqualTo("met");
        });
        assertThat(intros(D.plusDays(18))).isEmpty();
    }

    @Test
    void theGapsAreTheAccountsSettings() {
        kith.accounts().changeSettings(owner(), new SettingsChange(null, null, 3, null, 5));
        step(IntroStep.asked(sam.id(), D));

        assertThat(intros(D.plusDays(3))).isEmpty();
        assertThat(intros(D.plusDays(4))).singleElement().extracting(i -> i.introduction().step()).isEqualTo("answer");

        step(IntroStep.asked(priya.id(), D.plusDays(4)));
        step(IntroStep.agreed(sam.id(), D.plusDays(4)));
        step(IntroStep.agreed(priya.id(), D.plusDays(4)));
        step(IntroStep.introduced(D.plusDays(5), null));

        assertThat(intros(D.plusDays(9))).isEmpty();
        assertThat(intros(D.plusDays(10))).singleElement().extracting(TodayItem::reason)
                .isEqualTo("Did Sam and Priya meet? You introduced them 5 days ago.");
    }

    @Test
    void aPastDaysListStaysAsItWasWhateverHappenedAfter() {
        step(IntroStep.asked(sam.id(), D));
        List<TodayItem.IntroFollowUp> before = intros(D.plusDays(8));

        step(IntroStep.asked(priya.id(), D.plusDays(10)));
        step(IntroStep.agreed(sam.id(), D.plusDays(11)));
        step(IntroStep.agreed(priya.id(), D.plusDays(11)));
        step(IntroStep.introduced(D.plusDays(12), null));
        step(IntroStep.outcome("met", D.plusDays(13)));

        assertThat(intros(D.plusDays(8))).isEqualTo(before);
    }

    @Test
    void theLongestOverdueComeFirstAndBeforeThePeopleWhoAreMerelyDue() {
        Person ada = kith.people().add(owner(), PersonDraft.named("Ada Lovelace"), TODAY);
        Introduction later = kith.introductions().propose(owner(), new NewIntroduction(ada.id(), priya.id(), "maths", D),
                TODAY);
        kith.introductions().step(owner(), later.id(), IntroStep.asked(ada.id(), D.plusDays(2)), D.plusDays(2));
        step(IntroStep.asked(sam.id(), D));
        IntStream.rangeClosed(1, 6).forEach(n -> kith.people().add(owner(),
                PersonDraft.named("Due " + n).withRhythm(7), TODAY.minusDays(30)));
        kith.people().update(owner(), sam.id(), PersonDraft.named("Sam Okafor").withRhythm(7));

        Today today = today(kith.accounts().owner(), D.plusDays(12));

        assertThat(today.items()).hasSize(5);
        assertThat(today.items()).extracting(TodayItem::kind).containsExactly("intro", "intro", "person", "person", "person");
        assertThat(today.items().get(0).person().id()).isEqualTo(sam.id());
        assertThat(today.items().get(1).person().id()).isEqualTo(ada.id());
        assertThat(today.items()).filteredOn(i -> i.person().id() == sam.id()).hasSize(1);
    }

    @Test
    void anotherAccountsIntroductionsNeverAppear() {
        step(IntroStep.asked(sam.id(), D));
        long other = anotherAccount();
        Person zelda = kith.people().add(other, PersonDraft.named("Zelda Unseen"), TODAY);
        Person link = kith.people().add(other, PersonDraft.named("Link Hyrule"), TODAY);
        Introduction theirs = kith.introductions().propose(other, new NewIntroduction(zelda.id(), link.id(), "quest", D),
                TODAY);
        kith.introductions().step(other, theirs.id(), IntroStep.asked(zelda.id(), D), TODAY);

        assertThat(intros(D.plusDays(8))).extracting(i -> i.introduction().id()).containsExactly(intro.id());
        assertThat(intros(today(kith.accounts().byId(other), D.plusDays(8))))
                .extracting(i -> i.introduction().id()).containsExactly(theirs.id());
    }
}
