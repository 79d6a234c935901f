package app.kith.dupes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.Conflict;
import app.kith.Invalid;
import app.kith.NotFound;
import app.kith.StoreTest;
import app.kith.ask.NewAsk;
import app.kith.intro.NewIntroduction;
import app.kith.person.Identities;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.person.Photo;
import app.kith.planner.TodayItem;
import app.kith.reminder.KeyDate;
import app.kith.reminder.NewKeyDate;
import app.kith.reminder.Reminder;
import app.kith.touchpoint.NewTouchpoint;
import app.kith.wiring.Kith;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A merge loses nothing of either person, refuses what cannot be one person, and can be undone. */
class MergeTest extends StoreTest {

    private static final List<String> TABLES = List.of("person", "person_email", "person_phone", "person_topic",
            "person_need", "circle_member", "touchpoint", "ask", "introduction", "introduction_event", "person_merge", "reminder", "key_date");

    private Person ada;
    private Person adaL;
    private Person grace;

    private void people() {
        ada = kith.people().add(owner(), new PersonDraft("Ada Lovelace", List.of("ada@example.com"),
                List.of("+44 20 1234 5678"), null, "Mathematician", "London", null, null, null, List.of("math"),
                "awesome", "Met at a salon.", null, List.of("Monthly"), null, List.of("engines")), TODAY.minusDays(60));
        adaL = kith.people().add(owner(), new PersonDraft("Ada L.", List.of("ADA@example.com", "countess@example.com"),
                List.of("020 7946 0000"), "Analytical Engines", "Countess", null, "linkedin.com/in/ada", "--12-10",
                "Babbage", List.of("Math", "poetry"), "connector", "Writes notes on engines.", null,
                List.of("Yearly"), null, List.of("funding")), TODAY.minusDays(30));
        grace = kith.people().add(owner(), PersonDraft.named("Grace Hopper"), TODAY);
        kith.touchpoints().log(owner(), new NewTouchpoint(ada.id(), TODAY.minusDays(20), "call", "out", null), TODAY);
        kith.touchpoints().log(owner(), new NewTouchpoint(adaL.id(), TODAY.minusDays(3), "coffee", "in", "cake"), TODAY);
        kith.asks().ask(kith.accounts().owner(), new NewAsk(adaL.id(), "An intro to Babbage", TODAY.minusDays(2), null),
                TODAY);
        kith.introductions().propose(owner(), new NewIntroduction(adaL.id(), grace.id(), "engines", TODAY), TODAY);
        ada = kith.people().get(owner(), ada.id());
        adaL = kith.people().get(owner(), adaL.id());
    }

    private Map<String, Integer> counts() {
        return TABLES.stream().collect(Collectors.toMap(t -> t, this::rows));
    }

    @Test
    void aMergeKeepsEveryListFieldNoteAndRowOfBoth() {
        people();
        int touchpoints = rows("touchpoint");

        Person merged = kith.duplicates().merge(owner(), ada.id(), adaL.id(), TODAY);

        assertThat(merged.name()).isEqualTo("Ada Lovelace");
        assertThat(merged.emails()).containsExactly("ada@example.com", "countess@example.com");
        assertThat(merged.phones()).containsExactly("+44 20 1234 5678", "020 7946 0000");
        assertThat(merged.topics()).containsExactly("math", "poetry");
        assertThat(merged.lookingFor()).containsExactly("engines", "funding");
        assertThat(merged.circles()).extracting(Person.CircleRef::name).containsExactlyInAnyOrder("Monthly", "Yearly");
        assertThat(merged.company()).isEqualTo("Analytical Engines");
        assertThat(merged.role()).isEqualTo("Mathematician");
        assertThat(merged.linkedinUrl()).isEqualTo(adaL.linkedinUrl());
        assertThat(merged.birthday()).isEqualTo("--12-10");
        assertThat(merged.notes()).isEqualTo("Met at a salon.\n\nWrites notes on engines.");
        assertThat(merged.lastTouchOn()).isEqualTo(TODAY.minusDays(2));
        assertThat(merged.dueOn()).isEqualTo(TODAY.minusDays(2).plusDays(30));
        assertThat(rows("touchpoint")).isEqualTo(touchpoints);
        assertThat(kith.touchpoints().ofPerson(owner(), ada.id(), 10, 0)).hasSize(touchpoints);
        assertThat(kith.asks().list(kith.accounts().owner(), null, null, ada.id(), TODAY)).hasSize(1);
        assertThat(kith.introductions().ofPerson(owner(), ada.id())).hasSize(1);
        assertThatThrownBy(() -> kith.people().get(owner(), adaL.id())).isInstanceOf(NotFound.class);
        assertThat(kith.duplicates().merges(owner())).singleElement().satisfies(m -> {
            assertThat(m.keptName()).isEqualTo("Ada Lovelace");
            assertThat(m.mergedName()).isEqualTo("Ada L.");
            assertThat(m.touchpoints()).isEqualTo(2);
            assertThat(m.asks()).isEqualTo(1);
            assertThat(m.introductions()).isEqualTo(1);
        });
    }

    @Test
    void anUnmergeRestoresBothPeopleExactly() {
        people();
        Map<String, Integer> before = counts();

        kith.duplicates().merge(owner(), ada.id(), adaL.id(), TODAY);
        long mergeId = kith.duplicates().merges(owner()).get(0).id();
        Kith later = Kith.wire(db, Clock.fixed(NOW.plus(Duration.ofDays(29)), ZoneOffset.UTC));
        Person restored = later.duplicates().unmerge(owner(), mergeId);

        assertThat(withoutUpdatedAt(restored)).isEqualTo(withoutUpdatedAt(ada));
        assertThat(withoutUpdatedAt(kith.people().get(owner(), adaL.id()))).isEqualTo(withoutUpdatedAt(adaL));
        assertThat(kith.asks().list(kith.accounts().owner(), null, null, adaL.id(), TODAY)).hasSize(1);
        assertThat(kith.introductions().ofPerson(owner(), adaL.id())).hasSize(1);
        assertThat(kith.introductions().ofPerson(owner(), ada.id())).isEmpty();
        assertThat(counts()).isEqualTo(before);
        assertThat(kith.duplicates().merges(owner())).isEmpty();
    }

    @Test
    void theOthersEmailsPhonesAndProfileFindTheKeptPersonUntilTheMergeIsUndone() {
        people();
        List<String> keys = List.of(Identities.emailKey("countess@example.com"), Identities.phoneKey("020 7946 0000"),
                Identities.linkedinKey("https://www.linkedin.com/in/ada/"), Identities.emailKey("ada@example.com"));
        assertThat(kith.identities().identityIndex(owner(), keys)).isEqualTo(Map.of(keys.get(0), adaL.id(),
                keys.get(1), adaL.id(), keys.get(2), adaL.id(), keys.get(3), ada.id()));

        kith.duplicates().merge(owner(), ada.id(), adaL.id(), TODAY);
        assertThat(kith.identities().identityIndex(owner(), keys)).containsOnlyKeys(keys)
                .allSatisfy((key, id) -> assertThat(id).isEqualTo(ada.id()));

        kith.duplicates().unmerge(owner(), kith.duplicates().merges(owner()).get(0).id());
        assertThat(kith.identities().identityIndex(owner(), keys)).isEqualTo(Map.of(keys.get(0), adaL.id(),
                keys.get(1), adaL.id(), keys.get(2), adaL.id(), keys.get(3), ada.id()));
    }

    private static Person withoutUpdatedAt(Person p) {
        return new Person(p.id(), p.name(), p.emails(), p.phones(), p.company(), p.role(), p.location(),
                p.linkedinUrl(), p.birthday(), p.howWeMet(), p.topics(), p.why(), p.notes(), p.ownRhythmDays(),
                p.rhythmDays(), p.circles(), p.startedOn(), p.lastTouchOn(), p.dueOn(), p.snoozedUntil(),
                p.createdAt(), null, p.lookingFor());
    }

    private List<TodayItem> today(LocalDate day) {
        return kith.planner().today(kith.accounts().owner(), day, 0).items();
    }

    @Test
    void aMergeMovesRemindersAndKeyDatesToTheKeptPersonOnTodayAndAnUnmergeMovesThemBack() {
        people();
        long other = anotherAccount();
        Person stranger = kith.people().add(other, PersonDraft.named("Ada L."), TODAY);
        kith.reminders().remind(other, stranger.id(), TODAY, "not the owner's", TODAY);
        kith.keyDates().add(other, new NewKeyDate(stranger.id(), "work anniversary", LocalDate.of(2021, 3, 2), true));
        Reminder reminder = kith.reminders().remind(owner(), adaL.id(), TODAY.plusDays(2), "send the notes", TODAY);
        KeyDate moved = kith.keyDates().add(owner(), new NewKeyDate(adaL.id(), "moved to London", LocalDate.of(2020, 3, 3), true));
        KeyDate twice = kith.keyDates().add(owner(), new NewKeyDate(adaL.id(), "Work anniversary", LocalDate.of(2021, 3, 2), true));
        KeyDate kept = kith.keyDates().add(owner(), new NewKeyDate(ada.id(), "work anniversary", LocalDate.of(2021, 3, 2), true));
        Map<String, Integer> before = counts();

        MergePreview preview = kith.duplicates().preview(owner(), ada.id(), adaL.id());
        assertThat(preview.reminders()).isEqualTo(1);
        assertThat(preview.keyDates()).as("the one Ada has already stays behind").isEqualTo(1);

        kith.duplicates().merge(owner(), ada.id(), adaL.id(), TODAY);

        assertThat(today(TODAY.plusDays(2))).filteredOn(i -> i instanceof TodayItem.Reminder)
                .singleElement().satisfies(i -> {
                    assertThat(i.person().id()).isEqualTo(ada.id());
                    assertThat(i.reason()).isEqualTo("Reminder: send the notes");
                });
        assertThat(today(TODAY)).filteredOn(i -> i instanceof TodayItem.KeyDate).extracting(TodayItem::reason)
                .containsExactly("5 years since work anniversary");
        assertThat(today(TODAY.plusDays(1))).filteredOn(i -> i instanceof TodayItem.KeyDate)
                .singleElement().satisfies(i -> {
                    assertThat(i.person().id()).isEqualTo(ada.id());
                    assertThat(i.reason()).isEqualTo("6 years since moved to London");
                });
        assertThat(kith.reminders().upcoming(owner(), ada.id(), TODAY)).extracting(Reminder::id).containsExactly(reminder.id());
        assertThat(kith.keyDates().of(owner(), ada.id())).extracting(KeyDate::id).containsExactly(kept.id(), moved.id());
        assertThat(kith.duplicates().merges(owner())).singleElement().satisfies(m -> {
            assertThat(m.reminders()).isEqualTo(1);
            assertThat(m.keyDates()).isEqualTo(1);
        });

        kith.duplicates().unmerge(owner(), kith.duplicates().merges(owner()).get(0).id());

        assertThat(kith.reminders().upcoming(owner(), adaL.id(), TODAY)).extracting(Reminder::id).containsExactly(reminder.id());
        assertThat(kith.reminders().upcoming(owner(), ada.id(), TODAY)).isEmpty();
        assertThat(kith.keyDates().of(owner(), adaL.id())).extracting(KeyDate::id).containsExactly(twice.id(), moved.id());
        assertThat(kith.keyDates().of(owner(), ada.id())).extracting(KeyDate::id).containsExactly(kept.id());
        assertThat(kith.reminders().upcoming(other, stranger.id(), TODAY)).extracting(Reminder::text)
                .containsExactly("not the owner's");
        assertThat(kith.keyDates().of(other, stranger.id())).extracting(KeyDate::label).containsExactly("work anniversary");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void theKeptPersonShowsTheOthersPhotoWhenTheyHaveNoneUntilTheMergeIsUndone() {
        people();
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
        kith.photos().put(owner(), adaL.id(), Photo.of(png));

        kith.duplicates().merge(owner(), ada.id(), adaL.id(), TODAY);
        assertThat(kith.photos().of(owner(), ada.id())).isPresent();

        kith.duplicates().unmerge(owner(), kith.duplicates().merges(owner()).get(0).id());
        assertThat(kith.photos().of(owner(), ada.id())).isEmpty();
        assertThat(kith.photos().of(owner(), adaL.id())).isPresent();
    }

    @Test
    void aMergeOlderThanThirtyDaysCannotBeUndone() {
        people();
        kith.duplicates().merge(owner(), ada.id(), adaL.id(), TODAY);
        long mergeId = kith.duplicates().merges(owner()).get(0).id();
        Kith later = Kith.wire(db, Clock.fixed(NOW.plus(Duration.ofDays(31)), ZoneOffset.UTC));

        assertThat(later.duplicates().merges(owner())).isEmpty();
        assertThatThrownBy(() -> later.duplicates().unmerge(owner(), mergeId)).isInstanceOf(NotFound.class);
    }

    @Test
    void refusedMergesChangeNothing() {
        people();
        Person gone = kith.people().add(owner(), PersonDraft.named("Gone"), TODAY);
        kith.people().delete(owner(), gone.id());
        long other = anotherAccount();
        Person stranger = kith.people().add(other, PersonDraft.named("Ada Lovelace"), TODAY);
        Map<String, Integer> before = counts();

        assertThatThrownBy(() -> kith.duplicates().merge(owner(), ada.id(), ada.id(), TODAY))
                .isInstanceOf(Invalid.class);
        assertThatThrownBy(() -> kith.duplicates().merge(owner(), ada.id(), gone.id(), TODAY))
                .isInstanceOf(NotFound.class).hasMessage("No person " + gone.id());
        assertThatThrownBy(() -> kith.duplicates().merge(owner(), ada.id(), stranger.id(), TODAY))
                .isInstanceOf(NotFound.class).hasMessage("No person " + stranger.id());
        assertThatThrownBy(() -> kith.duplicates().merge(owner(), stranger.id(), ada.id(), TODAY))
                .isInstanceOf(NotFound.class).hasMessage("No person " + stranger.id());
        assertThatThrownBy(() -> kith.duplicates().merge(owner(), adaL.id(), grace.id(), TODAY))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("Ada L. and Grace Hopper have an introduction to each other");
        assertThatThrownBy(() -> kith.duplicates().unmerge(other, 1)).isInstanceOf(NotFound.class);

        assertThat(counts()).isEqualTo(before);
        assertThat(kith.people().get(owner(), ada.id())).isEqualTo(ada);
        assertThat(kith.people().get(owner(), adaL.id())).isEqualTo(adaL);
    }

    @Test
    void anotherAccountsMergeCannotBeUndoneOrSeen() {
        people();
        kith.duplicates().merge(owner(), ada.id(), adaL.id(), TODAY);
        long mergeId = kith.duplicates().merges(owner()).get(0).id();
        long other = anotherAccount();

        assertThat(kith.duplicates().merges(other)).isEmpty();
        assertThatThrownBy(() -> kith.duplicates().unmerge(other, mergeId)).isInstanceOf(NotFound.class);
        assertThat(rows("person_merge")).isEqualTo(1);
    }

    @Test
    void anEarlierMergeOfTheSamePersonIsUndoneOnlyAfterTheLaterOne() {
        people();
        kith.duplicates().merge(owner(), ada.id(), adaL.id(), TODAY);
        long first = kith.duplicates().merges(owner()).get(0).id();
        Person countess = kith.people().add(owner(), PersonDraft.named("The Countess"), TODAY);
        kith.duplicates().merge(owner(), ada.id(), countess.id(), TODAY);
        long second = kith.duplicates().merges(owner()).get(0).id();

        assertThatThrownBy(() -> kith.duplicates().unmerge(owner(), first)).isInstanceOf(Conflict.class)
                .hasMessageContaining("undo that merge first");
        kith.duplicates().unmerge(owner(), second);
        Person restored = kith.duplicates().unmerge(owner(), first);

        assertThat(withoutUpdatedAt(restored)).isEqualTo(withoutUpdatedAt(ada));
        assertThat(kith.people().get(owner(), countess.id()).name()).isEqualTo("The Countess");
    }
}
