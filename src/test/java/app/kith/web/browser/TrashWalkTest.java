package app.kith.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Account;
import app.kith.account.Accounts;
import app.kith.ask.Ask;
import app.kith.ask.Asks;
import app.kith.ask.NewAsk;
import app.kith.circle.Circle;
import app.kith.circle.Circles;
import app.kith.intro.Introductions;
import app.kith.intro.NewIntroduction;
import app.kith.message.Messages;
import app.kith.message.NewTemplate;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.NewTouchpoint;
import app.kith.touchpoint.Touchpoint;
import app.kith.touchpoint.Touchpoints;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * Deleting by mistake: an ask deleted on a person's page and brought back with the Undo right
 * there; a circle deleted and restored later from the Trash page, with its member. Screenshots of
 * the Trash page empty and full.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrashWalkTest extends BrowserTest {

    static Account owner;
    static LocalDate today;
    static Person ada;
    static Person grace;
    static Circle mentors;
    static Ask ask;

    @BeforeAll
    static void adaIsAMentorWithAnAsk() {
        owner = server.bean(Accounts.class).create(OWNER, PASSWORD).account();
        today = owner.today(java.time.Clock.systemDefaultZone());
        mentors = server.bean(Circles.class).add(owner.id(), "Mentors", 45);
        People people = server.bean(People.class);
        ada = people.add(owner.id(), PersonDraft.named("Ada Lovelace").withCircles(List.of("Mentors")), today);
        grace = people.add(owner.id(), PersonDraft.named("Grace Hopper"), today);
        ask = server.bean(Asks.class).ask(owner, new NewAsk(ada.id(), "An introduction to Babbage", today, null), today);
        open("/login");
        new SignInScreen(driver).signIn(OWNER, PASSWORD, false);
    }

    @Test
    @Order(1)
    void anEmptyTrashSaysWhatComesThere() throws IOException {
        openPage("/trash");
        TrashScreen trash = new TrashScreen(driver);

        assertThat(trash.heading()).isEqualTo("Trash");
        assertThat(trash.emptyState()).contains("Nothing in the trash");
        assertThat(shootEveryWay("trash-empty", "/trash")).isEmpty();
    }

    @Test
    @Order(2)
    void anAskDeletedByMistakeComesBackWithUndo() {
        openPage("/people/" + ada.id());
        TrashScreen page = new TrashScreen(driver);
        page.clickAndWait(Screen.button(driver.findElement(By.xpath(
                "//section[@id='asks']//li[.//strong[normalize-space()='An introduction to Babbage']]")), "Delete"));

        assertThat(page.undoOffer()).contains("Deleted: Ada Lovelace: An introduction to Babbage.", "Undo");
        assertThat(driver.findElement(By.id("asks")).getText()).doesNotContain("An introduction to Babbage");
        assertThat(server.bean(Asks.class).list(owner, null, null, ada.id(), today)).isEmpty();

        page.undo();

        assertThat(path()).isEqualTo("/people/" + ada.id());
        assertThat(page.notice()).isEqualTo("Restored: Ada Lovelace: An introduction to Babbage.");
        assertThat(driver.findElement(By.id("asks")).getText()).contains("An introduction to Babbage");
        assertThat(server.bean(Asks.class).get(owner, ask.id(), today)).isEqualTo(ask);
    }

    @Test
    @Order(3)
    void aCircleDeletedIsRestoredFromTheTrashWithItsMember() {
        openPage("/circles/" + mentors.id());
        TrashScreen page = new TrashScreen(driver);
        page.button("Delete this circle…").click();
        page.clickAndWait(page.button("Delete Mentors"));
        assertThat(page.undoOffer()).contains("Deleted: Mentors (1 person).");
        assertThat(server.bean(People.class).get(owner.id(), ada.id()).circles()).isEmpty();

        page.clickAndWait(driver.findElement(By.linkText("Trash")));
        TrashScreen trash = new TrashScreen(driver);
        assertThat(trash.items()).containsExactly("Circles: Mentors (1 person)");
        trash.restore("Mentors (1 person)");

        assertThat(trash.notice()).isEqualTo("Restored: Mentors (1 person).");
        assertThat(trash.emptyState()).contains("Nothing in the trash");
        Person back = server.bean(People.class).get(owner.id(), ada.id());
        assertThat(back.circles()).extracting(Person.CircleRef::name).containsExactly("Mentors");
        assertThat(back.rhythmDays()).isEqualTo(45);
    }

    @Test
    @Order(4)
    void aFullTrashListsEachKindWithRestoreAndDeleteNow() throws IOException {
        long me = owner.id();
        Touchpoints touchpoints = server.bean(Touchpoints.class);
        Touchpoint call = touchpoints.log(me, new NewTouchpoint(ada.id(), today.minusDays(3), "call", "out",
                "Talked about the analytical engine and what it could compute one day"), today);
        touchpoints.delete(me, call.id());
        server.bean(Asks.class).delete(owner, ask.id(), today);
        var intro = server.bean(Introductions.class).propose(me, new NewIntroduction(ada.id(), grace.id(),
                "Both write programs for machines nobody else understands", today), today);
        server.bean(Introductions.class).delete(me, intro.id());
        var starter = server.bean(Messages.class).add(me, new NewTemplate("check-in", "Warm hello",
                "Hi {first name}, it has been a while!"));
        server.bean(Messages.class).delete(me, starter.id());
        server.bean(Circles.class).delete(me, mentors.id());
        server.bean(People.class).delete(me, grace.id());

        openPage("/trash");
        TrashScreen trash = new TrashScreen(driver);
        assertThat(trash.items()).containsExactly("People: Grace Hopper", "Circles: Mentors (1 person)",
                "Asks: Ada Lovelace: An introduction to Babbage",
                "Introductions: Ada Lovelace and Grace Hopper: Both write programs for machines nobody else understands",
                "Touchpoints: call on " + today.minusDays(3) + ": Talked about the analytical engine and what it could"
                        + " compute one day",
                "Message starters: Warm hello (check-in)");
        assertThat(shootEveryWay("trash-full", "/trash")).isEmpty();

        trash.deleteNow("Warm hello (check-in)");
        assertThat(trash.notice()).isEqualTo("Deleted for good: Warm hello (check-in).");
        assertThat(trash.items()).hasSize(5);
    }
}
