package app.kith.circle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.kith.Conflict;
import app.kith.Invalid;
import app.kith.NotFound;
import app.kith.StoreTest;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import java.util.List;
import org.junit.jupiter.api.Test;

class CirclesTest extends StoreTest {

    private Person add(String name, Integer ownRhythm, String... circles) {
        return kith.people().add(owner(), PersonDraft.named(name).withRhythm(ownRhythm).withCircles(List.of(circles)), TODAY);
    }

    private Person reread(Person p) {
        return kith.people().get(owner(), p.id());
    }

    @Test
    void aCircleHasANameAndARhythm() {
        Circle clients = kith.circles().add(owner(), "  Clients ", 21);

        assertThat(clients.name()).isEqualTo("Clients");
        assertThat(clients.rhythmDays()).isEqualTo(21);
        assertThat(clients.members()).isZero();
        assertThat(kith.circles().byId(owner(), clients.id())).isEqualTo(clients);
        assertThat(kith.circles().byName(owner(), "clients")).contains(clients);
        assertThat(kith.circles().find(owner(), "CLIENTS")).isEqualTo(clients);
        assertThat(kith.circles().find(owner(), String.valueOf(clients.id()))).isEqualTo(clients);
    }

    @Test
    void circlesAreListedByRhythmThenName() {
        kith.circles().add(owner(), "Book club", null);
        kith.circles().add(owner(), "Clients", 30);
        kith.circles().add(owner(), "alumni", 30);
        kith.circles().add(owner(), "Family", 7);

        assertThat(kith.circles().list(owner())).extracting(Circle::name)
                .containsExactly("Family", "alumni", "Clients", "Book club");
    }

    @Test
    void aCircleNameIsTakenWhateverItsCase() {
        kith.circles().add(owner(), "Clients", 30);

        assertThatThrownBy(() -> kith.circles().add(owner(), "CLIENTS", 7))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThat(rows("circle")).isEqualTo(1);
    }

    @Test
    void aBadNameOrRhythmIsRefusedAndNothingIsWritten() {
        long owner = owner();
        record Refused(String name, Integer rhythm, String field) {
        }
        for (Refused r : List.of(new Refused("", 30, "name"), new Refused("x".repeat(61), 30, "name"),
                new Refused("Clients", 0, "rhythmDays"), new Refused("Clients", -3, "rhythmDays"),
                new Refused("Clients", 3651, "rhythmDays"))) {
            assertThatThrownBy(() -> kith.circles().add(owner, r.name(), r.rhythm()))
                    .as(r.toString())
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo(r.field()));
        }
        assertThat(rows("circle")).isZero();
    }

    @Test
    void conventionalNamesAreMadeOnFirstUseAndThenReused() {
        Person ada = add("Ada Lovelace", null, "monthly");
        Person grace = add("Grace Hopper", null, "MONTHLY", "Quarterly");

        assertThat(kith.circles().list(owner())).extracting(Circle::name, Circle::rhythmDays, Circle::members)
                .containsExactly(tuple("Monthly", 30, 2),
                        tuple("Quarterly", 90, 1));
        assertThat(ada.rhythmDays()).isEqualTo(30);
        assertThat(grace.circles()).extracting(Person.CircleRef::name).containsExactly("Monthly", "Quarterly");
    }

    @Test
    void aCircleNamedTwiceInOneBreathCountsOnce() {
        kith.circles().add(owner(), "Clients", 21);

        Person ada = add("Ada", null, "Monthly", "monthly", " MONTHLY ", "Clients", "clients");

        assertThat(ada.circles()).extracting(Person.CircleRef::name).containsExactly("Clients", "Monthly");
        assertThat(ada.rhythmDays()).isEqualTo(21);
        assertThat(rows("circle_member")).isEqualTo(2);
    }

    @Test
    void anUnknownCircleNameIsRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> add("Ada Lovelace", null, "Monthly", "Clients"))
                .isInstanceOfSatisfying(Invalid.class, e -> {
                    assertThat(e.field()).isEqualTo("circles");
                    assertThat(e.getMessage()).contains("Clients");
                });

        assertThat(rows("person")).isZero();
        assertThat(rows("circle")).isZero();
        assertThat(rows("circle_member")).isZero();
    }

    @Test
    void theShortestCircleRhythmWinsUnlessThePersonHasTheirOwn() {
        kith.circles().add(owner(), "Clients", 45);

        assertThat(add("Ada", null, "Quarterly", "Clients", "Yearly").rhythmDays()).isEqualTo(45);
        assertThat(add("Grace", 120, "Monthly").rhythmDays()).isEqualTo(120);
        assertThat(add("Alan", 10, "Monthly").rhythmDays()).isEqualTo(10);
        assertThat(add("Edsger", null).rhythmDays()).isNull();
        assertThat(add("Edsger", null).dueOn()).isNull();
    }

    @Test
    void changingACirclesRhythmMovesItsMembersDueDates() {
        Circle clients = kith.circles().add(owner(), "Clients", 30);
        Person ada = add("Ada", null, "Clients");
        Person grace = add("Grace", 60, "Clients");
        Person alan = add("Alan", null, "Clients", "Weekly");
        assertThat(ada.dueOn()).isEqualTo(TODAY.plusDays(30));

        Circle changed = kith.circles().change(owner(), clients.id(), new CircleChange(null, 10, false));

        assertThat(changed.rhythmDays()).isEqualTo(10);
        assertThat(changed.name()).isEqualTo("Clients");
        assertThat(reread(ada).rhythmDays()).isEqualTo(10);
        assertThat(reread(ada).dueOn()).isEqualTo(TODAY.plusDays(10));
        assertThat(reread(grace).dueOn()).isEqualTo(TODAY.plusDays(60));
        assertThat(reread(alan).dueOn()).isEqualTo(TODAY.plusDays(7));
    }

    @Test
    void clearingACirclesRhythmStopsTrackingMembersWithNoOtherRhythm() {
        Circle clients = kith.circles().add(owner(), "Clients", 30);
        Person ada = add("Ada", null, "Clients");
        Person alan = add("Alan", null, "Clients", "Quarterly");

        kith.circles().change(owner(), clients.id(), new CircleChange(null, null, true));

        assertThat(reread(ada).tracked()).isFalse();
        assertThat(reread(ada).dueOn()).isNull();
        assertThat(reread(alan).rhythmDays()).isEqualTo(90);
    }

    @Test
    void renamingKeepsTheRhythmAndRefusesATakenName() {
        Circle clients = kith.circles().add(owner(), "Clients", 30);
        kith.circles().add(owner(), "Friends", 14);

        assertThat(kith.circles().change(owner(), clients.id(), new CircleChange("clients", null, false)).name())
                .isEqualTo("clients");
        assertThatThrownBy(() -> kith.circles().change(owner(), clients.id(), new CircleChange("FRIENDS", null, false)))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> kith.circles().change(owner(), clients.id(), new CircleChange(null, 0, false)))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("rhythmDays"));
        assertThat(kith.circles().byId(owner(), clients.id()).rhythmDays()).isEqualTo(30);
    }

    @Test
    void deletingACircleDropsItsRhythmFromItsMembersWhoStay() {
        Circle clients = kith.circles().add(owner(), "Clients", 7);
        Person ada = add("Ada", null, "Clients");
        Person alan = add("Alan", null, "Clients", "Monthly");

        kith.circles().delete(owner(), clients.id());

        assertThat(reread(ada).rhythmDays()).isNull();
        assertThat(reread(ada).circles()).isEmpty();
        assertThat(reread(alan).rhythmDays()).isEqualTo(30);
        assertThat(reread(alan).dueOn()).isEqualTo(TODAY.plusDays(30));
        assertThat(kith.people().count(owner())).isEqualTo(2);
        assertThat(rows("circle_member")).isEqualTo(1);
        assertThatThrownBy(() -> kith.circles().byId(owner(), clients.id())).isInstanceOf(NotFound.class);
    }

    @Test
    void aCircleCountsOnlyPeopleWhoAreStillThere() {
        Person ada = add("Ada", null, "Monthly");
        add("Alan", null, "Monthly");

        kith.people().delete(owner(), ada.id());

        assertThat(kith.circles().byName(owner(), "Monthly")).map(Circle::members).contains(1);
    }

    @Test
    void anUnknownCircleIsNotFound() {
        kith.circles().add(owner(), "Clients", 30);

        assertThatThrownBy(() -> kith.circles().find(owner(), "Cleints"))
                .isInstanceOf(NotFound.class).hasMessageContaining("Clients");
        assertThatThrownBy(() -> kith.circles().find(owner(), "12345")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kith.circles().delete(owner(), 12345)).isInstanceOf(NotFound.class);
    }

    @Test
    void anotherAccountCanNeitherSeeNorChangeTheOwnersCircles() {
        long owner = owner();
        Circle clients = kith.circles().add(owner, "Clients", 30);
        Person ada = add("Ada", null, "Clients");
        long other = anotherAccount();
        String id = String.valueOf(clients.id());

        assertThat(kith.circles().list(other)).isEmpty();
        assertThat(kith.circles().byName(other, "Clients")).isEmpty();
        assertThat(kith.circles().circlesOf(other, List.of(ada.id()))).isEmpty();
        assertThatThrownBy(() -> kith.circles().byId(other, clients.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kith.circles().find(other, id)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kith.circles().change(other, clients.id(), new CircleChange("Mine", 1, false)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kith.circles().delete(other, clients.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kith.circles().forAssignment(other, List.of("Clients"))).isInstanceOf(Invalid.class);
        Circle othersMonthly = kith.circles().forAssignment(other, List.of("Monthly")).get(0);
        // The schema refuses a membership that mixes accounts, whoever asks for it.
        assertThatThrownBy(() -> kith.circles().assign(other, ada.id(), List.of(othersMonthly)))
                .isInstanceOf(RuntimeException.class);

        assertThat(kith.circles().add(other, "Clients", 7).id()).isNotEqualTo(clients.id());
        assertThat(kith.circles().byId(owner, clients.id())).extracting(Circle::name, Circle::rhythmDays, Circle::members)
                .containsExactly("Clients", 30, 1);
        assertThat(kith.circles().list(owner)).extracting(Circle::name).containsExactly("Clients");
        assertThat(reread(ada).circles()).extracting(Person.CircleRef::id).containsExactly(clients.id());
        assertThat(reread(ada).rhythmDays()).isEqualTo(30);
    }

    @Test
    void inRhythmCountsThePeopleWithARhythmWhoAreDueTodayOrLater() {
        kith.circles().add(owner(), "Clients", null);
        Circle monthly = kith.circles().forAssignment(owner(), List.of("Monthly")).get(0);
        Circle clients = kith.circles().byName(owner(), "Clients").orElseThrow();
        kith.people().add(owner(), PersonDraft.named("Overdue").withCircles(List.of("Monthly", "Clients")), TODAY.minusDays(40));
        kith.people().add(owner(), PersonDraft.named("Due today").withCircles(List.of("Monthly")), TODAY.minusDays(30));
        kith.people().add(owner(), PersonDraft.named("Due later").withCircles(List.of("Monthly")), TODAY);
        Person gone = kith.people().add(owner(), PersonDraft.named("Deleted").withCircles(List.of("Monthly")), TODAY.minusDays(40));
        kith.people().delete(owner(), gone.id());
        add("No rhythm", null, "Clients");
        long other = anotherAccount();
        kith.people().add(other, PersonDraft.named("Theirs").withCircles(List.of("Monthly")), TODAY);

        var inRhythm = kith.circles().inRhythm(owner(), TODAY);

        assertThat(inRhythm).containsOnlyKeys(monthly.id(), clients.id());
        assertThat(inRhythm.get(monthly.id())).isEqualTo(new InRhythm(monthly.id(), 3, 2));
        assertThat(inRhythm.get(clients.id())).isEqualTo(new InRhythm(clients.id(), 1, 0));
        long theirMonthly = kith.circles().byName(other, "Monthly").orElseThrow().id();
        assertThat(kith.circles().inRhythm(other, TODAY)).containsOnlyKeys(theirMonthly);
        assertThat(kith.circles().inRhythm(other, TODAY).get(theirMonthly).inRhythm()).isEqualTo(1);
    }
}
