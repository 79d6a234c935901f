package app.kith.web.today;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.planner.Action;
import app.kith.planner.TodayItem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TodayProgressTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 5);

    private static TodayItem person(long id, Action action) {
        return new TodayItem.PersonDue(new TodayItem.PersonRef(id, "P" + id), "due", DAY, false, action, 30, null, 0, 1);
    }

    private static TodayItem ask(long id, String action) {
        return new TodayItem.AskFollowUp(new TodayItem.PersonRef(id, "A" + id), "ask", DAY, action, null, 0, 1,
                new TodayItem.AskRef(id, "a favour", DAY.minusDays(9), "waiting", null, 0, false));
    }

    @Test
    void puttingOffIsCountedApartFromDoing() {
        TodayProgress progress = TodayProgress.of(List.of(person(1, Action.LOGGED), person(2, Action.SKIPPED),
                person(3, Action.SNOOZED), ask(4, "yes"), person(5, null)));

        assertThat(progress.inWords()).isEqualTo("4 of 5 handled · 2 done, 1 skipped, 1 snoozed");
        assertThat(progress.finished()).isFalse();
    }

    @Test
    void aNewJobOrAReplyPutOffIsCountedAsPutOffToo() {
        TodayItem job = new TodayItem.JobChange(new TodayItem.PersonRef(1, "J"), "new job", DAY, Action.SKIPPED, 30,
                null, new TodayItem.JobRef("Engineer", "Acme", "Staff Engineer", "Stripe", "vCard import"));
        TodayItem reply = new TodayItem.Reply(new TodayItem.PersonRef(2, "R"), "reply", DAY, Action.SNOOZED, null, 0,
                "your deck", "email");

        assertThat(TodayProgress.of(List.of(job, reply)).inWords()).isEqualTo("2 of 2 handled · 1 skipped, 1 snoozed");
    }

    @Test
    void withNothingPutOffItCountsWhatIsDone() {
        assertThat(TodayProgress.of(List.of(person(1, Action.LOGGED), ask(2, null))).inWords()).isEqualTo("1 of 2 done");
        assertThat(TodayProgress.of(List.of()).inWords()).isEmpty();
        assertThat(TodayProgress.of(List.of()).finished()).as("an empty list is not a finished one").isFalse();
    }

    @Test
    void aFinishedListSaysWhetherAllWasDone() {
        assertThat(TodayProgress.of(List.of(person(1, Action.LOGGED), ask(2, "followed-up"))).finishedInWords())
                .isEqualTo("All done for today.");
        assertThat(TodayProgress.of(List.of(person(1, Action.LOGGED), person(2, Action.SKIPPED))).finishedInWords())
                .isEqualTo("All handled for today: 1 done, 1 skipped.");
    }

    @Test
    void tomorrowIsSaidByKindWithoutZeroCounts() {
        assertThat(TodayProgress.tomorrow(List.of(person(1, null), person(2, null), ask(3, null))))
                .isEqualTo("Tomorrow: 2 people and 1 ask.");
        assertThat(TodayProgress.tomorrow(List.of(person(1, null)))).isEqualTo("Tomorrow: 1 person.");
        assertThat(TodayProgress.tomorrow(List.of())).isEqualTo("Nothing is planned for tomorrow yet.");
    }
}
