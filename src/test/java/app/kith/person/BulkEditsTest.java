package app.kith.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.kith.Invalid;
import app.kith.NotFound;
import app.kith.Store;
import app.kith.StoreTest;
import app.kith.circle.Circle;
import app.kith.db.Database;
import app.kith.wiring.Kith;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Changing many people at once, by id or by the People list's filter, on both stores. */
class BulkEditsTest extends StoreTest {

    private Person add(String name) {
        return kith.people().add(owner(), PersonDraft.named(name), TODAY);
    }

    private Person add(PersonDraft draft) {
        return kith.people().add(owner(), draft, TODAY);
    }

    private BulkResult apply(List<Person> who, BulkChange change) {
        return kith.bulkEdits().apply(owner(), new Selection.Ids(who.stream().map(Person::id).toList()), change, TODAY);
    }

    private Person now(Person p) {
        return kith.people().get(owner(), p.id());
    }

    private static PersonDraft why(String name, String why) {
        return new PersonDraft(name, null, null, null, null, null, null, null, null, null, why, null, null, null, null);
    }

    private static PersonDraft at(String name, String company) {
        return new PersonDraft(name, null, null, company, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static PeopleQuery matching(String text) {
        return PeopleQuery.everyone(1).withText(text);
    }

    @Test
    void aRhythmGivenInBulkIsEachOnesOwnAndMovesTheirDueDate() {
        Person ada = add("Ada");
        Person bob = add("Bob");
        Person cy = add("Cy");

        BulkResult done = apply(List.of(ada, bob), new BulkChange.SetRhythm(45));

        assertThat(done).isEqualTo(new BulkResult(2, 2, null));
        assertThat(now(ada).ownRhythmDays()).isEqualTo(45);
        assertThat(now(ada).rhythmDays()).isEqualTo(45);
        assertThat(now(bob).dueOn()).isEqualTo(now(bob).startedOn().plusDays(45));
        assertThat(now(cy).ownRhythmDays()).as("not selected").isNotEqualTo(Integer.valueOf(45)).isEqualTo(cy.ownRhythmDays());
    }

    @Test
    void settingTheRhythmTheyHaveChangesNobodyAndClearingItLetsTheirCircleApply() {
        Person ada = add(PersonDraft.named("Ada").withCircles(List.of("Quarterly")).withRhythm(14));
        Person bob = add(PersonDraft.named("Bob").withRhythm(20));

        assertThat(apply(List.of(ada), new BulkChange.SetRhythm(14)).changed()).isZero();
        BulkResult cleared = apply(List.of(ada, bob), new BulkChange.SetRhythm(null));

        assertThat(cleared.changed()).isEqualTo(2);
        assertThat(now(ada).ownRhythmDays()).isNull();
        assertThat(now(ada).rhythmDays()).isEqualTo(90);
        assertThat(now(ada).dueOn()).isEqualTo(now(ada).startedOn().plusDays(90));
        assertThat(now(bob).ownRhythmDays()).isNull();
    }

    @Test
    void joiningACircleInBulkMakesAConventionalOneAndGivesItsRhythm() {
        Person ada = add("Ada");
        Person bob = add(PersonDraft.named("Bob").withCircles(List.of("Monthly")));

        BulkResult joined = apply(List.of(ada, bob), new BulkChange.AddToCircle("monthly"));

        assertThat(joined).isEqualTo(new BulkResult(2, 1, null));
        assertThat(now(ada).circles()).extracting(Person.CircleRef::name).containsExactly("Monthly");
        assertThat(now(ada).rhythmDays()).isEqualTo(30);
        assertThat(kith.circles().list(owner())).extracting(Circle::name).containsExactly("Monthly");
    }

    @Test
    void leavingACircleInBulkTakesItsRhythmAway() {
        kith.circles().add(owner(), "Clients", 60);
        Person ada = add(PersonDraft.named("Ada").withCircles(List.of("Clients", "Quarterly")));
        Person bob = add(PersonDraft.named("Bob").withCircles(List.of("Quarterly")));
        long clients = kith.circles().byName(owner(), "Clients").orElseThrow().id();

        BulkResult left = apply(List.of(ada, bob), new BulkChange.RemoveFromCircle(String.valueOf(clients)));

        assertThat(left).isEqualTo(new BulkResult(2, 1, null));
        assertThat(now(ada).circles()).extracting(Person.CircleRef::name).containsExactly("Quarterly");
        assertThat(now(ada).rhythmDays()).isEqualTo(90);
    }

    @Test
    void awesomeAndConnectorAreSwitchedOnAndOffEachOnItsOwn() {
        Person ada = add(why("Ada", "connector"));
        Person bob = add("Bob");
        Person cy = add(why("Cy", "both"));

        assertThat(apply(List.of(ada, bob, cy), new BulkChange.SetWhy(true, null)).changed()).isEqualTo(2);
        assertThat(List.of(now(ada).why(), now(bob).why(), now(cy).why())).containsExactly(Why.BOTH, Why.AWESOME, Why.BOTH);

        assertThat(apply(List.of(ada, bob, cy), new BulkChange.SetWhy(null, false)).changed()).isEqualTo(2);
        assertThat(List.of(now(ada).why(), now(bob).why(), now(cy).why()))
                .containsExactly(Why.AWESOME, Why.AWESOME, Why.AWESOME);

        apply(List.of(ada, bob), new BulkChange.SetWhy(false, false));
        assertThat(now(ada).why()).isNull();
        assertThat(now(bob).why()).isNull();
    }

    @Test
    void aBulkDeleteIsUndoneWholeAndOnlyIt() {
        Person ada = add("Ada");
        Person bob = add("Bob");
        Person alone = add("Alone");
        Person stays = add("Stays");
        kith.people().delete(owner(), alone.id());

        BulkResult deleted = apply(List.of(ada, bob), new BulkChange.Delete());

        assertThat(deleted.changed()).isEqualTo(2);
        assertThat(deleted.batch()).isPositive().isLessThan(1L << 53);
        assertThat(kith.people().count(owner())).isEqualTo(1);

        assertThat(kith.bulkEdits().restore(owner(), deleted.batch())).isEqualTo(2);
        assertThat(kith.people().count(owner())).isEqualTo(3);
        assertThat(now(ada).name()).isEqualTo("Ada");
        assertThat(kith.people().recentlyDeleted(owner(), alone.id())).isPresent();
        assertThat(kith.bulkEdits().restore(owner(), deleted.batch())).as("an undo clicked twice").isZero();
        assertThat(now(stays).name()).isEqualTo("Stays");
    }

    @Test
    void anotherAccountCannotRestoreABatch() {
        Person ada = add("Ada");
        BulkResult deleted = apply(List.of(ada), new BulkChange.Delete());

        assertThat(kith.bulkEdits().restore(anotherAccount(), deleted.batch())).isZero();
        assertThat(kith.people().count(owner())).isZero();
    }

    @Test
    void everyoneMatchingAFilterIsSelectedWhateverThePage() {
        add(at("Ada", "Acme"));
        add(at("Bob", "Acme"));
        Person cy = add(at("Cy", "Initech"));

        BulkResult done = kith.bulkEdits().apply(owner(), new Selection.Matching(matching("acme")),
                new BulkChange.SetWhy(null, true), TODAY);

        assertThat(done.selected()).isEqualTo(2);
        assertThat(kith.people().list(owner(), PeopleQuery.everyone(10).mattering(PeopleQuery.Reason.CONNECTOR), TODAY)
                .people()).extracting(Person::name).containsExactly("Ada", "Bob");
        assertThat(now(cy).why()).isNull();
    }

    @Test
    void nobodySelectedIsRefusedByName() {
        assertThatThrownBy(() -> kith.bulkEdits().apply(owner(), new Selection.Ids(List.of()), new BulkChange.Delete(), TODAY))
                .isInstanceOf(Invalid.class).hasMessageContaining("Nobody is selected")
                .extracting(e -> ((Invalid) e).field()).isEqualTo("ids");
        add("Ada");
        assertThatThrownBy(() -> kith.bulkEdits().apply(owner(), new Selection.Matching(matching("zed")),
                new BulkChange.Delete(), TODAY))
                .isInstanceOf(Invalid.class).extracting(e -> ((Invalid) e).field()).isEqualTo("filter");
        assertThat(kith.people().count(owner())).isEqualTo(1);
    }

    @Test
    void anUnknownCircleIsRefusedAndNothingIsWritten() {
        Person ada = add("Ada");

        assertThatThrownBy(() -> apply(List.of(ada), new BulkChange.AddToCircle("Mentors")))
                .isInstanceOf(Invalid.class).hasMessageContaining("No circle named \"Mentors\"")
                .extracting(e -> ((Invalid) e).field()).isEqualTo("circle");
        assertThatThrownBy(() -> apply(List.of(ada), new BulkChange.RemoveFromCircle("Mentors")))
                .isInstanceOf(Invalid.class).extracting(e -> ((Invalid) e).field()).isEqualTo("circle");
        assertThat(rows("circle_member")).isZero();
    }

    @Test
    void aBadRhythmOrNoChangeOfWhyIsRefused() {
        Person ada = add("Ada");

        assertThatThrownBy(() -> apply(List.of(ada), new BulkChange.SetRhythm(0)))
                .isInstanceOf(Invalid.class).extracting(e -> ((Invalid) e).field()).isEqualTo("rhythmDays");
        assertThatThrownBy(() -> apply(List.of(ada), new BulkChange.SetWhy(null, null)))
                .isInstanceOf(Invalid.class).extracting(e -> ((Invalid) e).field()).isEqualTo("why");
    }

    @Test
    void anotherAccountsPersonAmongTheIdsIsNotFoundAndNothingChanges() {
        Person ada = add("Ada");
        long other = anotherAccount();
        Person theirs = kith.people().add(other, PersonDraft.named("Theirs"), TODAY);

        assertThatThrownBy(() -> apply(List.of(ada, theirs), new BulkChange.Delete()))
                .isInstanceOf(NotFound.class).hasMessage("No person " + theirs.id());
        assertThat(kith.people().count(owner())).isEqualTo(1);
        assertThat(kith.people().count(other)).isEqualTo(1);
    }

    /** A change to 30,000 people takes seconds, even on a machine busy with other work: not minutes. */
    private static void seconds(Runnable change) {
        long started = System.nanoTime();
        change.run();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void thirtyThousandPeopleChangeInSeconds() {
        assumeTrue(store == Store.SQLITE, "timed on the embedded store; both count their statements below");
        List<PersonDraft> drafts = new ArrayList<>();
        IntStream.range(0, 30_000).forEach(i -> drafts.add(PersonDraft.named("Person " + i)));
        db.transactions().executeWithoutResult(s -> kith.people().addAll(owner(), drafts, TODAY));
        Selection everyone = new Selection.Matching(PeopleQuery.everyone(1));

        seconds(() -> assertThat(kith.bulkEdits().apply(owner(), everyone, new BulkChange.AddToCircle("Monthly"), TODAY)
                .changed()).isEqualTo(30_000));
        seconds(() -> assertThat(kith.bulkEdits().apply(owner(), everyone, new BulkChange.SetRhythm(45), TODAY).changed())
                .isEqualTo(30_000));
        BulkResult[] deleted = new BulkResult[1];
        seconds(() -> deleted[0] = kith.bulkEdits().apply(owner(), everyone, new BulkChange.Delete(), TODAY));
        seconds(() -> assertThat(kith.bulkEdits().restore(owner(), deleted[0].batch())).isEqualTo(30_000));

        assertThat(kith.people().list(owner(), PeopleQuery.everyone(1), TODAY).people().get(0).rhythmDays()).isEqualTo(45);
    }

    /**
     * What keeps a bulk change fast on any store: its statements grow with the chunks of ids (500
     * each), never with the people, so a network round trip per person (PostgreSQL) never happens.
     */
    @Test
    void aBulkChangeTakesAStatementPerChunkNotPerPerson() {
        List<PersonDraft> drafts = new ArrayList<>();
        IntStream.range(0, 3_000).forEach(i -> drafts.add(PersonDraft.named("Person " + i)));
        db.transactions().executeWithoutResult(s -> kith.people().addAll(owner(), drafts, TODAY));
        AtomicInteger statements = new AtomicInteger();
        Kith counted = Kith.wire(Database.of(counting(db.dataSource(), statements), db.dialect()),
                Clock.fixed(NOW, ZoneOffset.UTC));
        Selection everyone = new Selection.Matching(PeopleQuery.everyone(1));

        for (BulkChange change : List.of(new BulkChange.AddToCircle("Monthly"), new BulkChange.SetRhythm(45),
                new BulkChange.SetRhythm(null), new BulkChange.SetWhy(true, true), new BulkChange.RemoveFromCircle("Monthly"))) {
            statements.set(0);
            assertThat(counted.bulkEdits().apply(owner(), everyone, change, TODAY).changed()).as("%s", change).isEqualTo(3_000);
            assertThat(statements.get()).as("statements for %s of 3,000 people", change).isLessThan(100);
        }
        statements.set(0);
        BulkResult deleted = counted.bulkEdits().apply(owner(), everyone, new BulkChange.Delete(), TODAY);
        assertThat(counted.bulkEdits().restore(owner(), deleted.batch())).isEqualTo(3_000);
        assertThat(statements.get()).as("statements to delete and restore 3,000 people").isLessThan(100);
    }

    /** The store's connections, counting the statements prepared or made on them. */
    private static DataSource counting(DataSource real, AtomicInteger statements) {
        InvocationHandler connections = (proxy, method, args) -> {
            if (method.getName().equals("getConnection")) {
                Connection connection = (Connection) method.invoke(real, args);
                return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                        (c, m, a) -> {
                            if (m.getName().equals("prepareStatement") || m.getName().equals("createStatement")) {
                                statements.incrementAndGet();
                            }
                            try {
                                return m.invoke(connection, a);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                connections);
    }
}
