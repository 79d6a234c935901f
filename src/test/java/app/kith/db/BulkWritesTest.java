package app.kith.db;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.StoreTest;
import app.kith.dav.Card;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.NewTouchpoint;
import app.kith.touchpoint.Touchpoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bulk paths of the demo and the imports (on PostgreSQL: inserts marked once per statement,
 * touchpoints by COPY) write what the row by row paths write, and mark it for contact sync and
 * search as they do.
 */
class BulkWritesTest extends StoreTest {

    private static PersonDraft draft(String name, String email, String topic) {
        return new PersonDraft(name, List.of(email), List.of("+44 20 7946 0000"), null, null, null, null, null, null,
                List.of(topic), null, null, null, null, null);
    }

    private List<Long> addAll(List<PersonDraft> drafts) {
        return db.transactions().execute(s -> kith.people().addAll(owner(), drafts, TODAY));
    }

    @Test
    void everyoneAddedInBulkIsAChangeForContactSyncAndFoundBySearch() {
        long account = owner();
        String start = kith.addressBook().syncToken(account);
        List<Long> first = addAll(List.of(draft("Ada Lovelace", "ada@example.com", "mathematics"),
                draft("Bob Babbage", "bob@example.com", "engines"), draft("Cleo Byron", "cleo@example.com", "poetry")));
        String afterFirst = kith.addressBook().syncToken(account);
        List<Long> second = addAll(List.of(draft("Dora Somerville", "dora@example.com", "astronomy")));

        assertThat(afterFirst).isNotEqualTo(start);
        assertThat(kith.addressBook().changesSince(account, start).changed()).extracting(Card::name)
                .containsExactlyInAnyOrderElementsOf(cards(first, second));
        assertThat(kith.addressBook().changesSince(account, afterFirst).changed()).extracting(Card::name)
                .containsExactlyElementsOf(cards(second));
        assertThat(kith.people().search(account, "astronomy", 10, 0)).extracting(Person::id).containsExactlyElementsOf(second);
        assertThat(kith.people().search(account, "engines", 10, 0)).extracting(Person::id).containsExactly(first.get(1));
    }

    @Test
    void touchpointsWrittenInBulkKeepTheirNotesExactlyAndAreFoundBySearch() {
        long account = owner();
        long ada = addAll(List.of(draft("Ada Lovelace", "ada@example.com", "mathematics"))).get(0);
        kith.people().search(account, "mathematics", 10, 0); // the index is current before the touchpoints
        List<String> notes = new ArrayList<>(List.of("She said \"yes\", then, later: no", "two\nlines, one \"quote\"",
                "a backslash \\ and \\N", "\\.", "quartermaster"));
        notes.add(null);
        db.transactions().executeWithoutResult(s -> kith.touchpoints().logAll(account, notes.stream()
                .map(note -> new NewTouchpoint(ada, TODAY.minusDays(notes.indexOf(note) + 1), "call", "out", note)).toList()));

        List<Touchpoint> written = kith.touchpoints().ofPerson(account, ada, 10, 0);
        assertThat(written).extracting(Touchpoint::note).containsExactlyElementsOf(notes);
        assertThat(kith.people().search(account, "quartermaster", 10, 0)).extracting(Person::id).containsExactly(ada);
    }

    private static PersonDraft tracked(String name, Integer rhythm, List<String> circles, LocalDate startedOn) {
        return new PersonDraft(name, List.of(), List.of(), null, null, null, null, null, null, List.of(), null, null,
                rhythm, circles, startedOn);
    }

    @Test
    void peopleAddedInBulkGetTheRhythmDueDateAndCirclesOfPeopleAddedOneByOne() {
        long account = owner();
        List<PersonDraft> drafts = List.of(tracked("Ada", null, List.of("Monthly"), null),
                tracked("Bob", 7, List.of("Monthly", "Yearly", "monthly"), null),
                tracked("Cleo", null, List.of("Quarterly"), TODAY.minusDays(40)),
                tracked("Dora", null, List.of(), null));
        List<Long> bulk = addAll(drafts);
        List<Person> one = drafts.stream().map(d -> kith.people().add(account, d, TODAY)).toList();

        List<Person> inBulk = bulk.stream().map(id -> kith.people().get(account, id)).toList();
        assertThat(inBulk).extracting(Person::rhythmDays).containsExactly(30, 7, 90, null);
        assertThat(inBulk).extracting(Person::dueOn)
                .containsExactly(TODAY.plusDays(30), TODAY.plusDays(7), TODAY.plusDays(50), null);
        for (int i = 0; i < drafts.size(); i++) {
            Person b = inBulk.get(i);
            Person o = one.get(i);
            assertThat(List.of(b.rhythmDays() == null ? -1 : b.rhythmDays(), String.valueOf(b.dueOn()), b.startedOn(),
                    b.circles().stream().map(Person.CircleRef::name).toList()))
                    .as(o.name())
                    .isEqualTo(List.of(o.rhythmDays() == null ? -1 : o.rhythmDays(), String.valueOf(o.dueOn()), o.startedOn(),
                            o.circles().stream().map(Person.CircleRef::name).toList()));
        }
        assertThat(kith.circles().byName(account, "Monthly").orElseThrow().members()).isEqualTo(4);
    }

    @Test
    void clocksRefreshedAfterABulkLoadTakeTheLastTouchAndMoveTheDueDate() {
        long account = owner();
        List<Long> ids = addAll(List.of(tracked("Ada", 30, List.of(), null), tracked("Bob", null, List.of(), null),
                tracked("Cleo", 14, List.of(), null)));
        long ada = ids.get(0);
        long bob = ids.get(1);
        long cleo = ids.get(2);
        db.transactions().executeWithoutResult(s -> {
            kith.touchpoints().logAll(account, List.of(new NewTouchpoint(ada, TODAY.minusDays(20), "call", "in", null),
                    new NewTouchpoint(ada, TODAY.minusDays(5), "email", "out", null),
                    new NewTouchpoint(ada, TODAY.minusDays(9), "call", "in", null),
                    new NewTouchpoint(bob, TODAY.minusDays(3), "call", "in", null)));
            kith.clocks().refreshClocks(account);
        });

        List<Person> people = ids.stream().map(id -> kith.people().get(account, id)).toList();
        assertThat(people).extracting(Person::lastTouchOn).containsExactly(TODAY.minusDays(5), TODAY.minusDays(3), null);
        assertThat(people).extracting(Person::dueOn).containsExactly(TODAY.plusDays(25), null, TODAY.plusDays(14));
        assertThat(kith.people().get(account, cleo).rhythmDays()).isEqualTo(14);
        assertThat(kith.people().get(account, bob).rhythmDays()).isNull();
    }

    @SafeVarargs
    private static List<String> cards(List<Long>... ids) {
        return java.util.Arrays.stream(ids).flatMap(List::stream).map(id -> "kith-" + id + ".vcf").toList();
    }
}
