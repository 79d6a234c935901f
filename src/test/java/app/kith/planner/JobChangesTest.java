package app.kith.planner;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.StoreTest;
import app.kith.person.FieldChange;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.NewTouchpoint;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** New jobs learnt by imports on Today, on real data (TODAY is 2 March 2026). */
class JobChangesTest extends StoreTest {

    /** Someone on a monthly rhythm touched {@code daysAgo} days ago. */
    private Person tracked(String name, int daysAgo) {
        Person p = kith.people().add(owner(), PersonDraft.named(name).withCircles(List.of("Monthly")),
                TODAY.minusDays(200));
        kith.touchpoints().log(owner(), new NewTouchpoint(p.id(), TODAY.minusDays(daysAgo), "call", "out", null), TODAY);
        return p;
    }

    private void newJob(Person p, LocalDate on) {
        kith.profileChanges().record(owner(), p.id(), on, "LinkedIn import", List.of(
                new FieldChange("role", "Engineer", "Staff Engineer"), new FieldChange("company", "Acme", "Stripe")));
    }

    private Today on(LocalDate day) {
        return kith.planner().today(kith.accounts().owner(), day, 0);
    }

    private List<TodayItem.JobChange> jobChanges(LocalDate day) {
        return on(day).items().stream().filter(i -> i instanceof TodayItem.JobChange)
                .map(TodayItem.JobChange.class::cast).toList();
    }

    @Test
    void aNewJobIsAReasonSayingWhatChangedForTwoWeeks() {
        Person ada = tracked("Ada Lovelace", 5);
        newJob(ada, TODAY.minusDays(3));

        List<TodayItem.JobChange> items = jobChanges(TODAY);

        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo("job-change");
            assertThat(i.person().id()).isEqualTo(ada.id());
            assertThat(i.reason()).isEqualTo("Ada moved from Engineer at Acme to Staff Engineer at Stripe: congratulate them?");
            assertThat(i.dueOn()).isEqualTo(TODAY.minusDays(3));
            assertThat(i.job()).isEqualTo(new TodayItem.JobRef("Engineer", "Acme", "Staff Engineer", "Stripe",
                    "LinkedIn import"));
            assertThat(i.lastTouchOn()).isEqualTo(TODAY.minusDays(5));
            assertThat(i.rhythmDays()).isEqualTo(30);
            assertThat(i.done()).isFalse();
        });
        assertThat(jobChanges(TODAY.minusDays(3).plusDays(JobNews.DAYS - 1))).hasSize(1);
        assertThat(on(TODAY.minusDays(3).plusDays(JobNews.DAYS)).items()).isEmpty();
        assertThat(on(TODAY.minusDays(4)).items()).isEmpty();
    }

    @Test
    void aNewRoleAtTheSameCompanySaysWhatItWas() {
        Person ada = tracked("Ada Lovelace", 5);
        kith.profileChanges().record(owner(), ada.id(), TODAY.minusDays(1), "LinkedIn import", List.of(
                new FieldChange("role", "Engineer", "Staff Engineer"), new FieldChange("company", "Acme", "Acme")));

        assertThat(jobChanges(TODAY)).extracting(TodayItem::reason)
                .containsExactly("Ada is now Staff Engineer at Acme (was Engineer): congratulate them?");
    }

    @Test
    void theNewJobIsNamedForACongratulationWithWhatIsKnownOfIt() {
        assertThat(new TodayItem.JobRef("Engineer", "Acme", "Staff Engineer", "Stripe", "LinkedIn import").newJob())
                .isEqualTo("Staff Engineer at Stripe");
        assertThat(new TodayItem.JobRef(null, "Acme", null, "Stripe", "vCard import").newJob()).isEqualTo("at Stripe");
        assertThat(new TodayItem.JobRef("Engineer", null, "Staff Engineer", " ", "vCard import").newJob())
                .isEqualTo("Staff Engineer");
        assertThat(new TodayItem.JobRef(null, null, null, null, "vCard import").newJob()).isNull();
    }

    @Test
    void beingInTouchAfterTheChangeEndsIt() {
        Person ada = tracked("Ada Lovelace", 10);
        Person bob = tracked("Bob Builder", 10);
        newJob(ada, TODAY.minusDays(3));
        newJob(bob, TODAY.minusDays(3));
        kith.touchpoints().log(owner(), new NewTouchpoint(bob.id(), TODAY.minusDays(3), "email", "mutual", null), TODAY);

        kith.touchpoints().log(owner(), new NewTouchpoint(ada.id(), TODAY, "message", "out", "Congrats!"), TODAY);

        assertThat(jobChanges(TODAY)).singleElement().satisfies(i -> {
            assertThat(i.person().id()).isEqualTo(ada.id());
            assertThat(i.action()).isEqualTo(Action.LOGGED);
        });
        assertThat(on(TODAY.plusDays(1)).items()).isEmpty();
    }

    @Test
    void aPersonDueByRhythmWithANewJobAppearsOnceForTheJob() {
        Person ada = tracked("Ada Lovelace", 40);
        newJob(ada, TODAY.minusDays(2));

        assertThat(on(TODAY).items()).extracting(i -> i.kind() + " " + i.person().id())
                .containsExactly("job-change " + ada.id());
    }

    @Test
    void skippingOrSnoozingChecksItOffLikeAPersonDue() {
        Person skipped = tracked("Sam Skipped", 5);
        Person snoozed = tracked("Sue Snoozed", 5);
        newJob(skipped, TODAY.minusDays(1));
        newJob(snoozed, TODAY.minusDays(1));

        kith.clocks().skip(owner(), skipped.id(), TODAY);
        kith.clocks().snooze(owner(), snoozed.id(), TODAY.plusDays(3), TODAY);

        assertThat(jobChanges(TODAY)).extracting(TodayItem.JobChange::action)
                .containsExactlyInAnyOrder(Action.SKIPPED, Action.SNOOZED);
        assertThat(jobChanges(TODAY.plusDays(1))).extracting(i -> i.person().id()).containsExactly(skipped.id());
        assertThat(jobChanges(TODAY.plusDays(3))).extracting(i -> i.person().id())
                .containsExactlyInAnyOrder(skipped.id(), snoozed.id());
    }

    @Test
    void aNewJobLearntDuringTheDayOnlyTakesAFreeSlot() {
        kith.accounts().setCapacity(owner(), 2);
        Person first = tracked("First Due", 60);
        Person second = tracked("Second Due", 50);
        Person ada = tracked("Ada Lovelace", 5);
        List<Long> asTheDayBegan = on(TODAY).items().stream().map(i -> i.person().id()).toList();

        newJob(ada, TODAY);

        assertThat(asTheDayBegan).containsExactly(first.id(), second.id());
        assertThat(on(TODAY).items()).extracting(i -> i.person().id()).containsExactly(first.id(), second.id());
        kith.touchpoints().log(owner(), new NewTouchpoint(first.id(), TODAY, "call", "out", null), TODAY);
        kith.touchpoints().log(owner(), new NewTouchpoint(second.id(), TODAY, "call", "out", null), TODAY);
        assertThat(on(TODAY.plusDays(1)).items()).extracting(i -> i.kind() + " " + i.person().id())
                .contains("job-change " + ada.id());
    }

    @Test
    void untrackedAndDeletedPeopleAndOtherAccountsHaveNoJobChangeItems() {
        Person loose = kith.people().add(owner(), PersonDraft.named("Lou Loose"), TODAY.minusDays(100));
        Person gone = tracked("Gil Gone", 5);
        newJob(loose, TODAY.minusDays(1));
        newJob(gone, TODAY.minusDays(1));
        kith.people().delete(owner(), gone.id());
        long other = anotherAccount();
        Person theirs = kith.people().add(other, PersonDraft.named("Tess Theirs").withCircles(List.of("Monthly")),
                TODAY.minusDays(10));
        kith.profileChanges().record(other, theirs.id(), TODAY.minusDays(1), "LinkedIn import",
                List.of(new FieldChange("role", "Engineer", "CTO")));

        assertThat(kith.people().get(owner(), loose.id()).rhythmDays()).isNull();
        assertThat(on(TODAY).items()).isEmpty();
    }
}
