package app.kith.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.Invalid;
import app.kith.NotFound;
import app.kith.StoreTest;
import app.kith.account.Account;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.planner.Today;
import app.kith.planner.TodayItem;
import app.kith.touchpoint.NewTouchpoint;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reminders on Today, on real data (TODAY is Monday 2 March 2026, 10:00 UTC). */
class RemindersOnTodayTest extends StoreTest {

    private Person person(String name, Integer rhythm) {
        return kith.people().add(owner(), new PersonDraft(name, null, null, null, null, null, null, null, null, null,
                null, null, rhythm, null, null), TODAY.minusDays(10));
    }

    private Reminder remind(Person p, LocalDate on, String text) {
        return kith.reminders().remind(owner(), p.id(), on, text, TODAY);
    }

    private Today on(LocalDate day) {
        return kith.planner().today(kith.accounts().owner(), day, 0);
    }

    private List<TodayItem.Reminder> reminders(LocalDate day) {
        return on(day).items().stream().filter(i -> i instanceof TodayItem.Reminder).map(TodayItem.Reminder.class::cast)
                .toList();
    }

    @Test
    void aReminderComesOnItsDayAndNotBeforeSayingItsText() {
        Person ada = person("Ada Lovelace", null);
        Reminder r = remind(ada, TODAY.plusDays(2), "send Ada the article");

        assertThat(reminders(TODAY)).isEmpty();
        assertThat(reminders(TODAY.plusDays(1))).isEmpty();
        List<TodayItem.Reminder> due = reminders(TODAY.plusDays(2));

        assertThat(due).hasSize(1);
        TodayItem.Reminder item = due.get(0);
        assertThat(item.kind()).isEqualTo("reminder");
        assertThat(item.person().id()).isEqualTo(ada.id());
        assertThat(item.reason()).isEqualTo("Reminder: send Ada the article");
        assertThat(item.reminder()).isEqualTo(new TodayItem.ReminderRef(r.id(), "send Ada the article", TODAY.plusDays(2)));
        assertThat(item.done()).isFalse();
    }

    @Test
    void itsDayIsTheDayInTheAccountsTimeZone() {
        Person ada = person("Ada Lovelace", null);
        kith.accounts().setTimeZone(owner(), "Pacific/Kiritimati");
        Account account = kith.accounts().owner();
        LocalDate localToday = account.today(kith.clock());
        assertThat(localToday).as("10:00 UTC is already the next day at UTC+14").isEqualTo(TODAY.plusDays(1));

        kith.reminders().remind(owner(), ada.id(), localToday, "call about the flat", localToday);

        assertThat(kith.planner().today(account, localToday, 0).items()).extracting(TodayItem::kind)
                .containsExactly("reminder");
        kith.accounts().setTimeZone(owner(), "UTC");
        Account inUtc = kith.accounts().owner();
        assertThat(kith.planner().today(inUtc, inUtc.today(kith.clock()), 0).items()).isEmpty();
    }

    @Test
    void aReminderNotDealtWithStaysOnTheFollowingDaysUntilATouchpoint() {
        Person ada = person("Ada Lovelace", null);
        remind(ada, TODAY, "send Ada the article");

        assertThat(reminders(TODAY.plusDays(3))).singleElement()
                .satisfies(i -> {
                    assertThat(i.reason()).isEqualTo("Reminder from 2 March: send Ada the article");
                    assertThat(i.overdueDays()).isEqualTo(3);
                });
        LocalDate thursday = TODAY.plusDays(3);
        kith.touchpoints().log(owner(), new NewTouchpoint(ada.id(), thursday, "email", "out", "the article"), thursday);

        assertThat(reminders(thursday)).singleElement().satisfies(i -> assertThat(i.action().key()).isEqualTo("logged"));
        assertThat(on(thursday).done()).isEqualTo(1);
        assertThat(reminders(thursday.plusDays(1))).isEmpty();
        assertThat(kith.reminders().upcoming(owner(), thursday.plusDays(1))).isEmpty();
    }

    @Test
    void aTouchpointBeforeItsDayDoesNotDealWithIt() {
        Person ada = person("Ada Lovelace", null);
        kith.touchpoints().log(owner(), new NewTouchpoint(ada.id(), TODAY, "call", "out", null), TODAY);
        remind(ada, TODAY.plusDays(1), "ask about the trip");

        assertThat(reminders(TODAY.plusDays(1))).singleElement().satisfies(i -> assertThat(i.done()).isFalse());
    }

    @Test
    void aSkipChecksItOffForTheDayOnlyAndASnoozeBringsItBackOnTheSnoozesDay() {
        Person ada = person("Ada Lovelace", null);
        Person sam = person("Sam Snooze", null);
        remind(ada, TODAY, "send the article");
        remind(sam, TODAY, "book the table");

        kith.clocks().skip(owner(), ada.id(), TODAY);
        kith.clocks().snooze(owner(), sam.id(), TODAY.plusDays(4), TODAY);

        assertThat(reminders(TODAY)).extracting(i -> i.person().name() + " " + i.action().key())
                .containsExactly("Ada Lovelace skipped", "Sam Snooze snoozed");
        assertThat(reminders(TODAY.plusDays(1))).extracting(i -> i.person().name()).containsExactly("Ada Lovelace");
        assertThat(reminders(TODAY.plusDays(3))).extracting(i -> i.person().name()).containsExactly("Ada Lovelace");
        assertThat(reminders(TODAY.plusDays(4))).extracting(i -> i.person().name())
                .containsExactly("Ada Lovelace", "Sam Snooze");
    }

    @Test
    void aDeletedReminderLeavesToday() {
        Person ada = person("Ada Lovelace", null);
        Reminder r = remind(ada, TODAY, "send the article");

        kith.reminders().delete(owner(), r.id());

        assertThat(reminders(TODAY)).isEmpty();
        assertThatThrownBy(() -> kith.reminders().delete(owner(), r.id())).isInstanceOf(NotFound.class);
    }

    @Test
    void aReminderTakesTheSlotOfSomeoneMerelyDueAndOnePersonIsListedOnce() {
        Person due = person("Dee Due", 30);
        kith.touchpoints().log(owner(), new NewTouchpoint(due.id(), TODAY.minusDays(40), "call", "out", null), TODAY);
        remind(due, TODAY, "first");
        remind(due, TODAY, "second");

        assertThat(on(TODAY).items()).extracting(TodayItem::kind).containsExactly("reminder");
        assertThat(reminders(TODAY).get(0).reason()).isEqualTo("Reminder: first (and 1 more reminder)");
        assertThat(reminders(TODAY).get(0).rhythmDays()).isEqualTo(30);
    }

    @Test
    void remindersTakeTheirSlotFirstAndThoseBeyondTheCapacityAreTheNextOnes() {
        kith.accounts().setCapacity(owner(), 1);
        Person due = person("Dee Due", 30);
        kith.touchpoints().log(owner(), new NewTouchpoint(due.id(), TODAY.minusDays(40), "call", "out", null), TODAY);
        Person ada = person("Ada Lovelace", null);
        Person sam = person("Sam Second", null);
        remind(ada, TODAY, "first");
        remind(sam, TODAY, "second");

        Today plan = kith.planner().today(kith.accounts().owner(), TODAY, 5);

        assertThat(plan.items()).extracting(i -> i.person().name()).containsExactly("Ada Lovelace");
        assertThat(plan.more()).extracting(i -> i.kind() + " " + i.person().name())
                .containsExactly("reminder Sam Second", "person Dee Due");
        assertThat(plan.backlog()).isEqualTo(2);
    }

    @Test
    void aReminderInThePastOrWithoutTextIsRefusedNamingTheField() {
        Person ada = person("Ada Lovelace", null);

        assertThatThrownBy(() -> remind(ada, TODAY.minusDays(1), " ")).isInstanceOfSatisfying(Invalid.class,
                e -> assertThat(e.all()).extracting(Invalid::field).containsExactly("text", "on"));
        assertThatThrownBy(() -> remind(ada, TODAY.minusDays(1), "late")).hasMessageContaining("is before today");
        assertThat(rows("reminder")).isZero();
    }

    @Test
    void anotherAccountNeitherSeesNorDeletesTheOwnersReminders() {
        Person ada = person("Ada Lovelace", null);
        Reminder r = remind(ada, TODAY, "send the article");
        long other = anotherAccount();

        assertThat(kith.reminders().upcoming(other, TODAY)).isEmpty();
        assertThatThrownBy(() -> kith.reminders().delete(other, r.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kith.reminders().remind(other, ada.id(), TODAY, "x", TODAY)).isInstanceOf(NotFound.class);
        assertThat(kith.reminders().upcoming(owner(), TODAY)).extracting(Reminder::id).containsExactly(r.id());
    }
}
