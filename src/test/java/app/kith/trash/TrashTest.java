package app.kith.trash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.Conflict;
import app.kith.Invalid;
import app.kith.MovableClock;
import app.kith.NotFound;
import app.kith.StoreTest;
import app.kith.account.Account;
import app.kith.ask.Answer;
import app.kith.ask.Ask;
import app.kith.ask.NewAsk;
import app.kith.circle.Circle;
import app.kith.intro.Introduction;
import app.kith.intro.NewIntroduction;
import app.kith.message.Messages;
import app.kith.message.NewTemplate;
import app.kith.message.Template;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.NewTouchpoint;
import app.kith.touchpoint.Touchpoint;
import app.kith.wiring.Kith;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TrashTest extends StoreTest {

    private final MovableClock clock = new MovableClock(NOW);
    private Kith home;
    private Account me;
    private Person ada;
    private Person grace;

    @BeforeEach
    void wireWithAMovableClock() {
        home = Kith.wire(db, clock);
        me = home.accounts().owner();
        ada = home.people().add(me.id(), PersonDraft.named("Ada Lovelace").withRhythm(30).withCircles(List.of("Monthly")), TODAY);
        grace = home.people().add(me.id(), PersonDraft.named("Grace Hopper").withCircles(List.of("Monthly")), TODAY);
    }

    private Person reread(Person p) {
        return home.people().get(me.id(), p.id());
    }

    @Test
    void aDeletedCircleLeavesEveryListAndComesBackWithItsMembers() {
        Circle monthly = home.circles().byName(me.id(), "Monthly").orElseThrow();
        Person before = reread(grace);
        assertThat(before.rhythmDays()).isEqualTo(30);

        home.circles().delete(me.id(), monthly.id());

        assertThat(home.circles().list(me.id())).isEmpty();
        assertThat(reread(grace).rhythmDays()).as("no circle, no rhythm").isNull();
        assertThat(reread(grace).circles()).isEmpty();
        assertThat(home.trash().list(me.id())).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo("circle");
            assertThat(t.label()).isEqualTo("Monthly (2 people)");
            assertThat(t.purgedAt()).isEqualTo(NOW.plus(Duration.ofDays(30)));
        });

        home.trash().restore(me, "circle", monthly.id());

        assertThat(home.circles().list(me.id())).containsExactly(monthly);
        assertThat(reread(grace)).isEqualTo(before);
        assertThat(home.trash().list(me.id())).isEmpty();
    }

    @Test
    void aCircleWhoseNameWasTakenSinceStaysInTheTrash() {
        Circle monthly = home.circles().byName(me.id(), "Monthly").orElseThrow();
        home.circles().delete(me.id(), monthly.id());
        home.circles().add(me.id(), "monthly", 31);

        assertThatThrownBy(() -> home.trash().restore(me, "circle", monthly.id()))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThat(home.trash().list(me.id())).extracting(Trashed::kind).containsExactly("circle");
    }

    @Test
    void aDeletedAskLeavesEveryListAndComesBackWithItsHistory() {
        Ask ask = home.asks().ask(me, new NewAsk(ada.id(), "An intro to Babbage", TODAY.minusDays(3), "email"), TODAY);
        Ask answered = home.asks().answer(me, ask.id(), new Answer.Punt(TODAY.plusDays(7)), TODAY, TODAY);
        Person before = reread(ada);

        home.asks().delete(me, ask.id(), TODAY);

        assertThat(home.asks().list(me, null, null, null, TODAY)).isEmpty();
        assertThat(home.asks().countOf(me.id(), ada.id())).isZero();
        assertThatThrownBy(() -> home.asks().get(me, ask.id(), TODAY)).isInstanceOf(NotFound.class);
        assertThat(reread(ada)).as("its touchpoints stay").isEqualTo(before);
        assertThat(home.trash().list(me.id())).singleElement().satisfies(t -> {
            assertThat(t.label()).isEqualTo("Ada Lovelace: An intro to Babbage");
            assertThat(t.personName()).isEqualTo("Ada Lovelace");
        });

        home.trash().restore(me, "ask", ask.id());

        assertThat(home.asks().get(me, ask.id(), TODAY)).isEqualTo(answered);
        assertThat(home.trash().list(me.id())).isEmpty();
    }

    @Test
    void aDeletedIntroductionLeavesEveryListAndComesBackWithItsSteps() {
        Introduction intro = home.introductions().propose(me.id(),
                new NewIntroduction(ada.id(), grace.id(), "Both build engines", TODAY.minusDays(1)), TODAY);

        home.introductions().delete(me.id(), intro.id());

        assertThat(home.introductions().ofPerson(me.id(), ada.id())).isEmpty();
        assertThat(home.introductions().countOf(me.id(), grace.id())).isZero();
        assertThat(home.trash().list(me.id())).extracting(Trashed::label)
                .containsExactly("Ada Lovelace and Grace Hopper: Both build engines");

        home.trash().restore(me, "introduction", intro.id());

        assertThat(home.introductions().get(me.id(), intro.id())).isEqualTo(intro);
    }

    @Test
    void aDeletedTouchpointTakesTheClockBackAndItsRestoreBringsTheClockBack() {
        home.touchpoints().log(me.id(), new NewTouchpoint(ada.id(), TODAY.minusDays(20), "call", "out", null), TODAY);
        Touchpoint latest = home.touchpoints().log(me.id(),
                new NewTouchpoint(ada.id(), TODAY.minusDays(2), "coffee", "in", "Talked engines"), TODAY);
        Person before = reread(ada);
        assertThat(before.lastTouchOn()).isEqualTo(TODAY.minusDays(2));

        home.touchpoints().delete(me.id(), latest.id());

        assertThat(reread(ada).lastTouchOn()).isEqualTo(TODAY.minusDays(20));
        assertThat(reread(ada).dueOn()).isEqualTo(TODAY.minusDays(20).plusDays(30));
        assertThat(home.touchpoints().ofPerson(me.id(), ada.id(), 10, 0)).extracting(Touchpoint::on)
                .containsExactly(TODAY.minusDays(20));
        assertThat(home.trash().list(me.id())).singleElement().satisfies(t -> {
            assertThat(t.label()).isEqualTo("coffee on " + TODAY.minusDays(2) + ": Talked engines");
            assertThat(t.personName()).isEqualTo("Ada Lovelace");
        });

        home.trash().restore(me, "touchpoint", latest.id());

        assertThat(home.touchpoints().get(me.id(), latest.id())).isEqualTo(latest);
        assertThat(reread(ada)).isEqualTo(before);
    }

    @Test
    void aDeletedTemplateLeavesTheListAndComesBack() {
        Template own = home.messages().add(me.id(), new NewTemplate("check-in", "Warm", "Hi {first name}!"));

        home.messages().delete(me.id(), own.id());

        assertThat(home.messages().templates(me.id())).extracting(Template::key).doesNotContain(own.key());

        home.trash().restore(me, "template", own.id());

        assertThat(home.messages().templates(me.id())).contains(own);
    }

    @Test
    void aTemplateRestoredPastTheLimitOfOwnStartersIsRefusedAndStaysInTheTrash() {
        Template deleted = home.messages().add(me.id(), new NewTemplate("check-in", "Deleted", "Hi {first name}!"));
        for (int i = 1; i < Messages.MAX_OWN; i++) {
            home.messages().add(me.id(), new NewTemplate("ask", "Starter " + i, "Hi"));
        }
        home.messages().delete(me.id(), deleted.id());
        home.messages().add(me.id(), new NewTemplate("ask", "Its place", "Hi"));

        assertThatThrownBy(() -> home.trash().restore(me, "template", deleted.id()))
                .isInstanceOfSatisfying(Conflict.class, e -> {
                    assertThat(e.field()).isEqualTo("restore");
                    assertThat(e.getMessage()).contains("200 message starters", "delete one first", "stays in the trash");
                });

        assertThat(home.trash().get(me.id(), "template", deleted.id()).label()).startsWith("Deleted");
        assertThat(rows("message_template")).isEqualTo(Messages.MAX_OWN);
        home.messages().delete(me.id(), home.messages().templates(me.id()).stream()
                .filter(t -> t.name().equals("Its place")).findFirst().orElseThrow().id());
        home.trash().restore(me, "template", deleted.id());
        assertThat(home.messages().templates(me.id())).contains(deleted);
    }

    @Test
    void aDeletedPersonIsInTheTrashToo() {
        home.people().delete(me.id(), grace.id());

        assertThat(home.trash().list(me.id())).extracting(Trashed::kind, Trashed::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("person", "Grace Hopper"));

        home.trash().restore(me, "person", grace.id());

        assertThat(reread(grace).name()).isEqualTo("Grace Hopper");
        assertThat(home.trash().list(me.id())).isEmpty();
    }

    @Test
    void theTrashListsTheLatestDeletedFirst() {
        Ask ask = home.asks().ask(me, new NewAsk(ada.id(), "A reading list", TODAY, null), TODAY);
        home.asks().delete(me, ask.id(), TODAY);
        clock.advance(Duration.ofMinutes(1));
        home.people().delete(me.id(), grace.id());

        assertThat(home.trash().list(me.id())).extracting(Trashed::kind).containsExactly("person", "ask");
    }

    @Test
    void thePurgeDeletesForGoodWhatWasDeletedMoreThanThirtyDaysAgo() {
        Ask old = home.asks().ask(me, new NewAsk(ada.id(), "Old ask", TODAY, null), TODAY);
        Circle monthly = home.circles().byName(me.id(), "Monthly").orElseThrow();
        home.asks().delete(me, old.id(), TODAY);
        home.circles().delete(me.id(), monthly.id());
        clock.advance(Duration.ofDays(20));
        Ask recent = home.asks().ask(me, new NewAsk(ada.id(), "Recent ask", TODAY, null), TODAY);
        home.asks().delete(me, recent.id(), TODAY);
        clock.advance(Duration.ofDays(11));

        assertThat(home.trash().list(me.id())).as("past 30 days, no longer offered")
                .extracting(Trashed::label).containsExactly("Ada Lovelace: Recent ask");
        assertThatThrownBy(() -> home.trash().restore(me, "ask", old.id())).isInstanceOf(NotFound.class);

        assertThat(home.trash().purge(clock.instant().minus(Trash.KEPT_FOR))).isEqualTo(2);

        assertThat(rows("trashed_ask")).isEqualTo(1);
        assertThat(rows("trashed_ask_event")).isEqualTo(1);
        assertThat(rows("trashed_circle") + rows("trashed_circle_member")).isZero();
        assertThat(rows("trash_item")).isEqualTo(1);
        assertThat(home.trash().purge(clock.instant().minus(Trash.KEPT_FOR))).as("twice removes nothing twice").isZero();
        home.trash().restore(me, "ask", recent.id());
        assertThat(home.asks().get(me, recent.id(), TODAY).text()).isEqualTo("Recent ask");
    }

    @Test
    void whatWasAboutSomeonePurgedIsPurgedWithThem() {
        Touchpoint call = home.touchpoints().log(me.id(), new NewTouchpoint(grace.id(), TODAY, "call", null, null), TODAY);
        home.touchpoints().delete(me.id(), call.id());
        home.people().delete(me.id(), grace.id());

        home.trash().deleteNow(me.id(), "person", grace.id());

        assertThat(home.trash().list(me.id())).isEmpty();
        assertThat(rows("trashed_touchpoint") + rows("trash_item")).isZero();
    }

    @Test
    void whatBelongedToSomeoneErasedSinceCannotComeBackAndStaysInTheTrash() {
        Ask ask = home.asks().ask(me, new NewAsk(grace.id(), "A talk on compilers", TODAY, null), TODAY);
        home.asks().delete(me, ask.id(), TODAY);
        home.people().erase(me.id(), List.of(grace.id()));

        assertThatThrownBy(() -> home.trash().restore(me, "ask", ask.id()))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.field()).isEqualTo("restore"));
        assertThat(home.trash().list(me.id())).extracting(Trashed::kind).containsExactly("ask");
        assertThat(home.trash().purge(clock.instant().minus(Trash.KEPT_FOR))).as("the purge lets it go").isEqualTo(1);
        assertThat(home.trash().list(me.id())).isEmpty();
    }

    @Test
    void deleteNowAndEmptyDeleteForGood() {
        Ask ask = home.asks().ask(me, new NewAsk(ada.id(), "A", TODAY, null), TODAY);
        Template own = home.messages().add(me.id(), new NewTemplate("ask", "Short", "Could you?"));
        home.asks().delete(me, ask.id(), TODAY);
        home.messages().delete(me.id(), own.id());
        home.people().delete(me.id(), grace.id());

        home.trash().deleteNow(me.id(), "ask", ask.id());

        assertThat(rows("trashed_ask") + rows("trashed_ask_event")).isZero();
        assertThatThrownBy(() -> home.trash().restore(me, "ask", ask.id())).isInstanceOf(NotFound.class);
        assertThat(home.trash().empty(me.id())).isEqualTo(2);
        assertThat(home.trash().list(me.id())).isEmpty();
        assertThat(rows("trashed_message_template")).isZero();
        assertThat(sql().sql("SELECT count(*) FROM person WHERE id = :id").param("id", grace.id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void anotherAccountCannotSeeRestoreOrDeleteYourTrash() {
        Circle monthly = home.circles().byName(me.id(), "Monthly").orElseThrow();
        home.circles().delete(me.id(), monthly.id());
        Account other = home.accounts().byId(anotherAccount());

        assertThat(home.trash().list(other.id())).isEmpty();
        assertThatThrownBy(() -> home.trash().restore(other, "circle", monthly.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> home.trash().deleteNow(other.id(), "circle", monthly.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> home.circles().undelete(other.id(), monthly.id())).isInstanceOf(NotFound.class);
        assertThat(home.trash().list(me.id())).extracting(Trashed::kind).containsExactly("circle");
    }

    @Test
    void anUnknownKindIsRefusedNamingTheField() {
        assertThatThrownBy(() -> home.trash().restore(me, "reminder", 1))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("kind"));
    }

    @Test
    void everyTrashedTableHasItsLiveTablesColumns() {
        for (String table : List.of("circle", "circle_member", "ask", "ask_event", "introduction", "introduction_event",
                "touchpoint", "message_template")) {
            assertThat(columns("trashed_" + table)).as(table).isEqualTo(columns(table));
        }
    }

    private List<String> columns(String table) {
        return sql().sql("SELECT * FROM " + table + " WHERE 1 = 0").query(rs -> {
            List<String> names = new java.util.ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                names.add(rs.getMetaData().getColumnName(i));
            }
            return names.stream().sorted().toList();
        });
    }
}
