package app.kith.planner;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.StoreTest;
import app.kith.account.SettingsChange;
import app.kith.ask.NewAsk;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.NewTouchpoint;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Follow-ups and the rhythm sharing Today on real data: the rhythm always gets room. */
class FollowUpShareTest extends StoreTest {

    /** Someone on a yearly rhythm, not due, asked something 10 days ago: an ask ignored, waiting for a follow-up. */
    private Person asked(String name) {
        Person p = kith.people().add(owner(), PersonDraft.named(name).withRhythm(365), TODAY.minusDays(20));
        kith.asks().ask(kith.accounts().owner(), new NewAsk(p.id(), "a favour", TODAY.minusDays(10), null), TODAY);
        return p;
    }

    /** Someone on a monthly rhythm last touched 45 days ago: due by rhythm. */
    private Person due(String name) {
        Person p = kith.people().add(owner(), PersonDraft.named(name).withRhythm(30), TODAY.minusDays(100));
        kith.touchpoints().log(owner(), new NewTouchpoint(p.id(), TODAY.minusDays(45), "call", "out", null), TODAY);
        return p;
    }

    private Today today() {
        return kith.planner().today(kith.accounts().owner(), TODAY, Planner.MAX_MORE);
    }

    private static List<String> kinds(List<TodayItem> items) {
        return items.stream().map(TodayItem::kind).toList();
    }

    @Test
    void withSixAsksAndFivePeopleDueFollowUpsTakeTwoOfFiveSlotsAndTheRestWaitInOrder() {
        List<Person> askedOf = IntStream.rangeClosed(1, 6).mapToObj(n -> asked("Asked " + n)).toList();
        IntStream.rangeClosed(1, 5).forEach(n -> due("Due " + n));

        Today today = today();

        assertThat(kinds(today.items())).containsExactly("ask", "ask", "person", "person", "person");
        assertThat(today.items()).extracting(i -> i.person().id()).startsWith(askedOf.get(0).id(), askedOf.get(1).id());
        assertThat(kinds(today.more())).startsWith("ask", "ask", "ask", "ask", "person", "person");
        assertThat(today.more().subList(0, 4)).extracting(i -> i.person().id())
                .containsExactly(askedOf.get(2).id(), askedOf.get(3).id(), askedOf.get(4).id(), askedOf.get(5).id());
        assertThat(today.backlog()).as("4 asks and 2 people wait").isEqualTo(6);
    }

    @Test
    void whenNobodyIsDueByRhythmFollowUpsFillTheList() {
        IntStream.rangeClosed(1, 6).forEach(n -> asked("Asked " + n));

        assertThat(kinds(today().items())).containsExactly("ask", "ask", "ask", "ask", "ask");
    }

    @Test
    void slotsThePeopleDueLeaveFreeGoToFollowUps() {
        IntStream.rangeClosed(1, 6).forEach(n -> asked("Asked " + n));
        due("Due 1");

        assertThat(kinds(today().items())).containsExactly("ask", "ask", "ask", "ask", "person");
    }

    @Test
    void theShareIsASettingFromNoneToAll() {
        IntStream.rangeClosed(1, 6).forEach(n -> asked("Asked " + n));
        IntStream.rangeClosed(1, 5).forEach(n -> due("Due " + n));

        kith.accounts().changeSettings(owner(), SettingsChange.followUpShare(100));
        assertThat(kinds(today().items())).containsOnly("ask").hasSize(5);
        kith.accounts().changeSettings(owner(), SettingsChange.followUpShare(0));
        assertThat(kinds(today().items())).containsOnly("person").hasSize(5);
        kith.accounts().changeSettings(owner(), SettingsChange.followUpShare(40));
        assertThat(kinds(today().items())).containsExactly("ask", "ask", "person", "person", "person");
    }

    @Test
    void actingOnTheListDuringTheDayKeepsTheSplit() {
        List<Person> askedOf = IntStream.rangeClosed(1, 6).mapToObj(n -> asked("Asked " + n)).toList();
        List<Person> dueNow = IntStream.rangeClosed(1, 5).mapToObj(n -> due("Due " + n)).toList();
        List<Long> asTheDayBegan = today().items().stream().map(i -> i.person().id()).toList();

        long firstAsk = kith.asks().list(kith.accounts().owner(), true, null, askedOf.get(0).id(), TODAY).get(0).id();
        kith.asks().followUp(kith.accounts().owner(), firstAsk, TODAY, null, null, TODAY);
        dueNow.forEach(p -> kith.touchpoints().log(owner(), new NewTouchpoint(p.id(), TODAY, "call", "out", null), TODAY));

        Today after = today();
        assertThat(after.items()).extracting(i -> i.person().id()).isEqualTo(asTheDayBegan);
        assertThat(after.done()).isEqualTo(4);
    }

    @Test
    void onAFirstDayPeopleAndAsksAddedTogetherShareTheListByTheSameRule() {
        IntStream.rangeClosed(1, 6).forEach(n -> {
            Person p = kith.people().add(owner(), PersonDraft.named("Asked " + n).withRhythm(365), TODAY);
            kith.asks().ask(kith.accounts().owner(), new NewAsk(p.id(), "a favour", TODAY.minusDays(10), null), TODAY);
        });
        IntStream.rangeClosed(1, 5).forEach(n -> {
            Person p = kith.people().add(owner(), PersonDraft.named("Due " + n).withRhythm(30), TODAY);
            kith.touchpoints().log(owner(), new NewTouchpoint(p.id(), TODAY.minusDays(45), "call", "out", null), TODAY);
        });

        assertThat(kinds(today().items())).containsExactly("ask", "ask", "person", "person", "person");
    }

    @Test
    void anAskAboutSomeoneAddedDuringTheDayOnlyTakesAFreeSlot() {
        List<Long> asTheDayBegan = IntStream.rangeClosed(1, 5).mapToObj(n -> due("Due " + n).id()).toList();
        assertThat(today().items()).extracting(i -> i.person().id()).containsExactlyInAnyOrderElementsOf(asTheDayBegan);

        Person sam = kith.people().add(owner(), PersonDraft.named("Sam New").withRhythm(365), TODAY);
        kith.asks().ask(kith.accounts().owner(), new NewAsk(sam.id(), "a favour", TODAY.minusDays(10), null), TODAY);

        Today today = today();
        assertThat(today.items()).extracting(i -> i.person().id()).containsExactlyInAnyOrderElementsOf(asTheDayBegan);
        assertThat(today.more()).extracting(i -> i.kind() + " " + i.person().name()).contains("ask Sam New");
    }
}
