package app.kith.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Account;
import app.kith.account.Accounts;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.Channel;
import app.kith.touchpoint.NewTouchpoint;
import app.kith.touchpoint.Touchpoint;
import app.kith.touchpoint.Touchpoints;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A touchpoint logged by mistake, corrected on the person's timeline: edited in place, deleted and
 * brought back with Undo, the clock beside it following each time, without the page loading again.
 */
class TimelineCorrectionsWalkTest extends BrowserTest {

    static LocalDate today;
    static Person ada;

    @BeforeAll
    static void adaWithTwoTouchpoints() {
        Account owner = server.bean(Accounts.class).create(OWNER, PASSWORD).account();
        today = LocalDate.now(owner.settings().timeZone());
        People people = server.bean(People.class);
        ada = people.add(owner.id(), PersonDraft.named("Ada Lovelace").withRhythm(30),
                today.minusDays(100));
        Touchpoints touchpoints = server.bean(Touchpoints.class);
        touchpoints.log(owner.id(), new NewTouchpoint(ada.id(), today.minusDays(40), "coffee", "mutual",
                "Talked about the engine"), today);
        touchpoints.log(owner.id(), new NewTouchpoint(ada.id(), today.minusDays(3), "email", "out", "Sent the notes"), today);
        open("/login");
        new SignInScreen(driver).signIn(OWNER, PASSWORD, false);
    }

    private static List<Touchpoint> touchpoints() {
        return server.bean(Touchpoints.class).ofPerson(server.bean(Accounts.class).byEmail(OWNER).id(), ada.id(), 10, 0);
    }

    @Test
    void aTouchpointIsEditedDeletedAndBroughtBackInPlaceAndTheClockFollows() {
        openPage("/people/" + ada.id());
        PersonScreen person = new PersonScreen(driver);
        assertThat(person.lastTouch()).startsWith("3 days ago");
        person.mark();

        person.edit("Sent the notes");
        person.save(today.plusDays(1), "Call", "Called about the notes");
        assertThat(person.dateError()).as("nothing after today").contains("is after today", "Kith records only what has happened");
        person.save(today.minusDays(12), "Call", "Called about the notes");

        assertThat(person.status()).startsWith("Changed: call on");
        assertThat(person.timeline()).first().asString().contains("Called about the notes", "Call");
        assertThat(person.lastTouch()).startsWith("12 days ago");

        person.delete("Called about the notes");
        assertThat(person.deleted()).startsWith("Deleted: call on").contains("Undo");
        assertThat(person.lastTouch()).startsWith("40 days ago");
        assertThat(touchpoints()).hasSize(1);

        person.undo();
        assertThat(person.timeline()).first().asString().contains("Called about the notes");
        assertThat(person.lastTouch()).startsWith("12 days ago");
        assertThat(person.reloaded()).as("all in place, without loading the page again").isFalse();

        assertThat(touchpoints()).first().satisfies(t -> {
            assertThat(t.on()).isEqualTo(today.minusDays(12));
            assertThat(t.channel()).isEqualTo(Channel.CALL);
            assertThat(t.note()).isEqualTo("Called about the notes");
        });
        assertThat(server.bean(People.class).get(server.bean(Accounts.class).byEmail(OWNER).id(), ada.id()).lastTouchOn())
                .isEqualTo(today.minusDays(12));
    }

    /**
     * Saves timeline-{edit,undo}-{375,1280}[-dark].png: an entry's form open in place, and an
     * entry deleted with its Undo; both readable, labelled and inside the window. Then
     * touchpoint-edit-*.png, the form on a page of its own.
     */
    @Test
    void theFormAndTheUndoInPlaceAreCalmOnAPhoneAndADesktopLightAndDark() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        List<String> problems = new ArrayList<>();
        PersonScreen person = new PersonScreen(driver);
        try {
            for (String shot : List.of("375", "1280", "375-dark", "1280-dark")) {
                browser.viewport(shot.startsWith("375") ? Browser.PHONE_WIDTH : Browser.DESKTOP_WIDTH);
                browser.colorScheme(shot.endsWith("dark") ? "dark" : "light");
                openPage("/people/" + ada.id());
                person.edit("Talked about the engine");
                Files.write(SCREENSHOTS.resolve("timeline-edit-" + shot + ".png"), browser.fullPageScreenshot());
                audit(shot + " edit", problems);
                person.cancel();
                person.delete("Talked about the engine");
                Files.write(SCREENSHOTS.resolve("timeline-undo-" + shot + ".png"), browser.fullPageScreenshot());
                audit(shot + " undo", problems);
                person.undo();
            }
        } finally {
            browser.viewport(Browser.DESKTOP_WIDTH);
            browser.colorScheme("light");
        }
        assertThat(problems).isEmpty();
        assertThat(touchpoints()).hasSize(2);
        // Without JavaScript, Edit opens the same form on a page of its own.
        assertThat(shoot("touchpoint-edit", "/people/" + ada.id() + "/touchpoints/" + touchpoints().get(0).id() + "/edit"))
                .isEmpty();
    }

    private static void audit(String where, List<String> problems) {
        Audit.lowContrast(driver).forEach(p -> problems.add(where + ", contrast: " + p));
        Audit.unlabelledControls(driver).forEach(p -> problems.add(where + ", unlabelled: " + p));
        (where.startsWith("1280") ? Audit.overflowOnDesktop(driver) : Audit.overflow(driver))
                .forEach(p -> problems.add(where + ", too wide: " + p));
    }
}
