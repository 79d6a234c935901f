package app.kith.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.StoreTest;
import app.kith.account.SettingsChange;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.planner.Action;
import app.kith.planner.Today;
import app.kith.planner.TodayItem;
import app.kith.touchpoint.NewTouchpoint;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Today's {@code reply} items on both stores: who waits for an answer, judged as the day began. */
class ReplyFollowUpsTest extends StoreTest {

    /** Someone on a monthly rhythm, in Kith for a long time; not due for the next weeks unless said. */
    private Person tracked(String name) {
        Person p = kith.people().add(owner(), PersonDraft.named(name).withRhythm(60), TODAY.minusDays(400));
        log(p, TODAY.minusDays(40), "coffee", "mutual");
        return p;
    }

    private void log(Person p, LocalDate on, String channel, String direction) {
        kith.touchpoints().log(owner(), new NewTouchpoint(p.id(), on, channel, direction, null), TODAY.plusDays(60));
    }

    private void wrote(Person p, int daysAgo) {
        log(p, TODAY.minusDays(daysAgo), "email", "in");
    }

    private List<TodayItem.Reply> replies(LocalDate day) {
        return kith.reciprocity().followUps().on(kith.accounts().owner(), day).stream().map(TodayItem.Reply.class::cast)
                .toList();
    }

    private List<TodayItem.Reply> replies() {
        return replies(TODAY);
    }

    private static List<Long> ids(List<? extends TodayItem> items) {
        return items.stream().map(i -> i.person().id()).toList();
    }

    @Test
    void someoneWhoReachedOutDaysAgoWithoutAReplyIsOnToday() {
        Person ada = tracked("Ada Lovelace");
        wrote(ada, 3);

        List<TodayItem.Reply> items = replies();

        assertThat(items).hasSize(1);
        TodayItem.Reply item = items.get(0);
        assertThat(item.kind()).isEqualTo("reply");
        assertThat(item.person().id()).isEqualTo(ada.id());
        assertThat(item.person().name()).isEqualTo("Ada Lovelace");
        assertThat(item.reason()).isEqualTo("Ada reached out to you 3 days ago by email");
        assertThat(item.about()).isNull();
        assertThat(item.channel()).isEqualTo("email");
        assertThat(item.done()).isFalse();
        assertThat(item.action()).isNull();
        assertThat(item.lastTouchOn()).isEqualTo(TODAY.minusDays(3));
        assertThat(item.overdueDays()).isEqualTo(3);
        assertThat(item.rhythmDays()).isEqualTo(60);
    }

    @Test
    void theyWaitFromTwoDaysToTheReplyWindowTwoWeeksUnlessChanged() {
        Person yesterday = tracked("Yesterday");
        wrote(yesterday, 1);
        Person twoDays = tracked("Two Days");
        wrote(twoDays, 2);
        Person twoWeeks = tracked("Two Weeks");
        wrote(twoWeeks, 14);
        Person thirty = tracked("Thirty Days");
        wrote(thirty, 30);
        Person older = tracked("Thirty-one Days");
        wrote(older, 31);

        assertThat(ids(replies())).containsExactly(twoWeeks.id(), twoDays.id());
        kith.accounts().changeSettings(owner(), SettingsChange.replyWindow(30));
        assertThat(ids(replies())).containsExactly(thirty.id(), twoWeeks.id(), twoDays.id());
    }

    @Test
    void anItemSaysWhatTheyReachedOutAboutShortenedToALine() {
        Person ada = tracked("Ada Lovelace");
        kith.touchpoints().log(owner(), new NewTouchpoint(ada.id(), TODAY.minusDays(4), "message", "in",
                "Could you look at my deck\nbefore Friday? " + "It has the numbers for the engine, ".repeat(4)), TODAY);

        TodayItem.Reply item = replies().get(0);

        assertThat(item.about()).isEqualTo("Could you look at my deck before Friday? It has the numbers for the engine, It…")
                .hasSizeLessThanOrEqualTo(ReplyFollowUps.ABOUT);
        assertThat(item.reason()).isEqualTo("Ada reached out to you 4 days ago with a message: “" + item.about() + "”");
        assertThat(item.channel()).isEqualTo("message");
    }

    @Test
    void theLongestWaitingComeFirst() {
        Person recent = tracked("Recent");
        wrote(recent, 2);
        Person oldest = tracked("Oldest");
        wrote(oldest, 12);
        Person middle = tracked("Middle");
        wrote(middle, 9);

        assertThat(ids(replies())).containsExactly(oldest.id(), middle.id(), recent.id());
    }

    @Test
    void aReplyOrAMeetingBeforeTheDayAnswersThem() {
        Person replied = tracked("Replied");
        wrote(replied, 6);
        log(replied, TODAY.minusDays(4), "email", "out");
        Person met = tracked("Met");
        wrote(met, 6);
        log(met, TODAY.minusDays(6), "coffee", "mutual");
        Person sameDay = tracked("Same Day");
        wrote(sameDay, 5);
        log(sameDay, TODAY.minusDays(5), "email", "out");
        Person wroteAgain = tracked("Wrote Again");
        log(wroteAgain, TODAY.minusDays(10), "email", "out");
        wrote(wroteAgain, 8);

        assertThat(ids(replies())).containsExactly(wroteAgain.id());
    }

    @Test
    void aReplyOnTheDayKeepsTheItemCheckedOffAndTheNextDayItIsGone() {
        Person ada = tracked("Ada Lovelace");
        wrote(ada, 3);
        Person grace = tracked("Grace Hopper");
        wrote(grace, 4);

        log(ada, TODAY, "email", "out");
        log(grace, TODAY, "coffee", "mutual");

        List<TodayItem.Reply> today = replies();
        assertThat(ids(today)).containsExactly(grace.id(), ada.id());
        assertThat(today).extracting(TodayItem::done).containsOnly(true);
        assertThat(today).extracting(TodayItem.Reply::action).containsOnly(Action.LOGGED);
        assertThat(replies(TODAY.plusDays(1))).isEmpty();
    }

    @Test
    void theyReachingOutAgainOnTheDayChangesNothingUntilTheNextDay() {
        Person ada = tracked("Ada Lovelace");
        wrote(ada, 3);
        wrote(ada, 0);

        List<TodayItem.Reply> today = replies();
        assertThat(ids(today)).containsExactly(ada.id());
        assertThat(today.get(0).reason()).isEqualTo("Ada reached out to you 3 days ago by email");
        assertThat(today.get(0).done()).isFalse();
        assertThat(replies(TODAY.plusDays(1))).as("one day since they last reached out").isEmpty();
        assertThat(replies(TODAY.plusDays(2))).extracting(TodayItem::reason)
                .containsExactly("Ada reached out to you 2 days ago by email");
    }

    @Test
    void anEarlierDayIsSeenAsItBeganWhatCameAfterLeftAside() {
        Person ada = tracked("Ada Lovelace");
        wrote(ada, 10);
        log(ada, TODAY.minusDays(6), "email", "out");
        wrote(ada, 2);

        List<TodayItem.Reply> sixDaysAgo = replies(TODAY.minusDays(6));
        assertThat(sixDaysAgo).extracting(TodayItem::reason).containsExactly("Ada reached out to you 4 days ago by email");
        assertThat(sixDaysAgo.get(0).action()).isEqualTo(Action.LOGGED);
        List<TodayItem.Reply> eightDaysAgo = replies(TODAY.minusDays(8));
        assertThat(eightDaysAgo).extracting(TodayItem::done).containsExactly(false);
        assertThat(replies(TODAY.minusDays(5))).isEmpty();
        assertThat(replies()).extracting(TodayItem::reason).containsExactly("Ada reached out to you 2 days ago by email");
    }

    @Test
    void skippingOrSnoozingChecksThemOffAndASnoozeHidesThemOnTheDaysAfter() {
        Person skipped = tracked("Skipped");
        wrote(skipped, 3);
        Person snoozed = tracked("Snoozed");
        wrote(snoozed, 4);
        Person asleep = tracked("Asleep");
        wrote(asleep, 5);
        kith.clocks().snooze(owner(), asleep.id(), TODAY.plusDays(7), TODAY.minusDays(1));

        kith.clocks().skip(owner(), skipped.id(), TODAY);
        kith.clocks().snooze(owner(), snoozed.id(), TODAY.plusDays(7), TODAY);

        assertThat(replies()).extracting(i -> i.person().name() + " " + i.action().key())
                .containsExactly("Snoozed snoozed", "Skipped skipped");
        assertThat(ids(replies(TODAY.plusDays(1)))).containsExactly(skipped.id());
        assertThat(ids(replies(TODAY.plusDays(7)))).containsExactly(asleep.id(), snoozed.id(), skipped.id());
    }

    @Test
    void peopleWithoutARhythmAreNeverListed() {
        Person newsletter = kith.people().add(owner(), PersonDraft.named("Weekly Newsletter"), TODAY.minusDays(100));
        wrote(newsletter, 3);
        Person formerly = tracked("Formerly Tracked");
        wrote(formerly, 3);
        kith.people().update(owner(), formerly.id(), kith.people().get(owner(), formerly.id()).toDraft().withRhythm(null));

        assertThat(replies()).isEmpty();
    }

    @Test
    void deletedPeopleAreNeverListed() {
        Person ada = tracked("Ada Lovelace");
        wrote(ada, 3);
        kith.people().delete(owner(), ada.id());

        assertThat(replies()).isEmpty();
    }

    @Test
    void anotherAccountNeverSeesThem() {
        Person ada = tracked("Ada Lovelace");
        wrote(ada, 3);
        long other = anotherAccount();
        Person theirs = kith.people().add(other, PersonDraft.named("Their Person").withRhythm(30), TODAY.minusDays(100));
        kith.touchpoints().log(other, new NewTouchpoint(theirs.id(), TODAY.minusDays(4), "email", "in", null), TODAY);

        assertThat(ids(replies())).containsExactly(ada.id());
        List<TodayItem> theirItems = kith.reciprocity().followUps()
                .on(kith.accounts().byId(other), TODAY);
        assertThat(ids(theirItems)).containsExactly(theirs.id());
    }

    @Test
    void onTodayRepliesComeBeforeThePeopleWhoAreDueAndNobodyIsListedTwice() {
        Person due = kith.people().add(owner(), PersonDraft.named("Due Person").withRhythm(30), TODAY.minusDays(90));
        Person ada = kith.people().add(owner(), PersonDraft.named("Ada Lovelace").withRhythm(30), TODAY.minusDays(90));
        wrote(ada, 3);
        Person overdueAndWaiting = kith.people().add(owner(), PersonDraft.named("Both").withRhythm(10),
                TODAY.minusDays(90));
        log(overdueAndWaiting, TODAY.minusDays(40), "email", "out");
        wrote(overdueAndWaiting, 12);

        Today today = kith.planner().today(kith.accounts().owner(), TODAY, 0);

        assertThat(today.items()).extracting(i -> i.kind() + " " + i.person().name())
                .containsExactly("reply Both", "reply Ada Lovelace", "person Due Person");
        assertThat(today.items().stream().filter(i -> i.person().id() == due.id())).hasSize(1);
    }
}
