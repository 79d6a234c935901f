package app.kith.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import app.kith.Conflict;
import app.kith.StoreTest;
import app.kith.account.Account;
import app.kith.ask.Ask;
import app.kith.ask.NewAsk;
import app.kith.circle.Circle;
import app.kith.intro.Introduction;
import app.kith.intro.NewIntroduction;
import app.kith.message.NewTemplate;
import app.kith.message.Template;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.NewTouchpoint;
import app.kith.touchpoint.Touchpoint;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What goes through the trash is in the audit log: by kind and id, never by what it says. */
class TrashAuditTest extends StoreTest {

    private Account me;
    private Person ada;
    private Person grace;

    @BeforeEach
    void twoPeopleInACircle() {
        me = kith.accounts().owner();
        ada = kith.people().add(me.id(), PersonDraft.named("Ada Lovelace").withCircles(List.of("Monthly")), TODAY);
        grace = kith.people().add(me.id(), PersonDraft.named("Grace Hopper").withCircles(List.of("Monthly")), TODAY);
    }

    private List<AuditEvent> events(long account) {
        return kith.audit().page(account, null, Audit.MAX_PAGE).events();
    }

    @Test
    void everyKindDeletedAndRestoredThroughTheTrashIsWrittenOnce() {
        Circle circle = kith.circles().byName(me.id(), "Monthly").orElseThrow();
        Ask ask = kith.asks().ask(me, new NewAsk(ada.id(), "An intro to Babbage", TODAY, "email"), TODAY);
        Introduction intro = kith.introductions().propose(me.id(),
                new NewIntroduction(ada.id(), grace.id(), "Both build engines", TODAY), TODAY);
        Touchpoint call = kith.touchpoints().log(me.id(), new NewTouchpoint(grace.id(), TODAY, "call", null, "About Lovelace"), TODAY);
        Template starter = kith.messages().add(me.id(), new NewTemplate("check-in", "Warm Ada", "Hi {first name}!"));

        kith.circles().delete(me.id(), circle.id());
        kith.asks().delete(me, ask.id(), TODAY);
        kith.introductions().delete(me.id(), intro.id());
        kith.touchpoints().delete(me.id(), call.id());
        kith.messages().delete(me.id(), starter.id());
        kith.trash().restore(me, "circle", circle.id());
        kith.trash().restore(me, "ask", ask.id());
        kith.trash().restore(me, "introduction", intro.id());
        kith.trash().restore(me, "touchpoint", call.id());
        kith.trash().restore(me, "template", starter.id());

        assertThat(events(me.id())).as("newest first").extracting(AuditEvent::kind, AuditEvent::detail).containsExactly(
                tuple("restore", "restored a message starter (id " + starter.id() + ")"),
                tuple("restore", "restored a touchpoint (id " + call.id() + ")"),
                tuple("restore", "restored an introduction (id " + intro.id() + ")"),
                tuple("restore", "restored an ask (id " + ask.id() + ")"),
                tuple("restore", "restored a circle (id " + circle.id() + ")"),
                tuple("delete", "deleted a message starter (id " + starter.id() + ")"),
                tuple("delete", "deleted a touchpoint (id " + call.id() + ")"),
                tuple("delete", "deleted an introduction (id " + intro.id() + ")"),
                tuple("delete", "deleted an ask (id " + ask.id() + ")"),
                tuple("delete", "deleted a circle (id " + circle.id() + ")"));
        assertThat(events(me.id())).allSatisfy(e -> assertThat(e.detail())
                .doesNotContain("Ada", "Grace", "Lovelace", "Hopper", "Monthly", "Babbage", "Warm"));
    }

    @Test
    void aRestoreRefusedLeavesNoEventOfIt() {
        Circle circle = kith.circles().byName(me.id(), "Monthly").orElseThrow();
        kith.circles().delete(me.id(), circle.id());
        kith.circles().add(me.id(), "monthly", 31);

        assertThatThrownBy(() -> kith.trash().restore(me, "circle", circle.id())).isInstanceOf(Conflict.class);

        assertThat(events(me.id())).extracting(AuditEvent::kind).containsExactly("delete");
    }

    @Test
    void aDeleteRolledBackLeavesNoEventOfIt() {
        Touchpoint call = kith.touchpoints().log(me.id(), new NewTouchpoint(grace.id(), TODAY, "call", null, null), TODAY);

        assertThatThrownBy(() -> db.transactions().executeWithoutResult(s -> {
            kith.touchpoints().delete(me.id(), call.id());
            throw new IllegalStateException("the action fails after the delete");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(events(me.id())).isEmpty();
    }

    @Test
    void deleteNowIsOneEventAndEmptyingTheTrashAnotherThatCounts() {
        Ask ask = kith.asks().ask(me, new NewAsk(ada.id(), "An intro to Babbage", TODAY, "email"), TODAY);
        Touchpoint call = kith.touchpoints().log(me.id(), new NewTouchpoint(grace.id(), TODAY, "call", null, null), TODAY);
        kith.asks().delete(me, ask.id(), TODAY);
        kith.touchpoints().delete(me.id(), call.id());
        kith.people().delete(me.id(), ada.id());

        kith.trash().deleteNow(me.id(), "ask", ask.id());
        kith.trash().empty(me.id());
        kith.trash().empty(me.id());

        assertThat(events(me.id()).subList(0, 2)).extracting(AuditEvent::kind, AuditEvent::detail).containsExactly(
                tuple("trash-emptied", "deleted 2 things for good"),
                tuple("delete-for-good", "deleted an ask (id " + ask.id() + ") for good"));
        assertThat(events(me.id())).extracting(AuditEvent::kind).as("an empty trash emptied writes nothing")
                .containsOnlyOnce("trash-emptied");
    }

    @Test
    void anotherAccountsLogHasNoneOfIt() {
        long other = anotherAccount();
        Touchpoint call = kith.touchpoints().log(me.id(), new NewTouchpoint(grace.id(), TODAY, "call", null, null), TODAY);
        kith.touchpoints().delete(me.id(), call.id());
        kith.trash().empty(me.id());

        assertThat(events(other)).extracting(AuditEvent::kind).doesNotContain("delete", "trash-emptied");
    }
}
