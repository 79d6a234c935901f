package app.kith.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.Touchpoints;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Keys;

/**
 * A new Kith as a newcomer meets it, in a real browser: the first-run checklist on an empty Today
 * (the browser's time zone offered in one click, the capacity, then Today), and the quick log
 * from the navigation, picking someone by keyboard, logging them and taking it back.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstRunWalkTest extends BrowserTest {

    /** A zone the server is surely not in, for the browser to say it is in. */
    static final String BROWSER_ZONE = "Pacific/Chatham";

    static long lovelace;
    static long hopper;

    private static Accounts accounts() {
        return server.bean(Accounts.class);
    }

    @Test
    @Order(1)
    void anEmptyTodayWalksTheChecklistToTheList() throws IOException {
        driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", BROWSER_ZONE));
        open("/today");
        new SetupScreen(driver).createOwner(OWNER, PASSWORD);
        FirstRunScreen start = new FirstRunScreen(driver);
        assertThat(start.isShown()).isTrue();
        assertThat(start.next()).isEqualTo("Bring in the people you know");
        assertThat(shoot("first-run", "/today")).isEmpty();

        open("/today");
        assertThat(start.useBrowserZone().getText()).isEqualTo("Use " + BROWSER_ZONE);
        start.clickAndWait(start.useBrowserZone());
        assertThat(accounts().byEmail(OWNER).settings().timeZone().getId()).isEqualTo(BROWSER_ZONE);
        assertThat(start.isDone("time zone")).isTrue();

        start.setCapacity(4);
        assertThat(accounts().byEmail(OWNER).settings().capacity()).isEqualTo(4);
        assertThat(start.isDone("How many")).isTrue();

        // As an import would: people arrive, one of them a connector.
        long owner = accounts().byEmail(OWNER).id();
        LocalDate today = LocalDate.now(java.time.ZoneId.of(BROWSER_ZONE));
        People people = server.bean(People.class);
        lovelace = people.add(owner, new PersonDraft("Ada Lovelace", null, null, "Analytical Engines", null, null, null,
                null, null, null, null, null, null, List.of("Monthly"), today.minusDays(40)), today).id();
        people.add(owner, PersonDraft.named("Ada Byron").withRhythm(90), today);
        hopper = people.add(owner, new PersonDraft("Grace Hopper", null, null, "Navy", null, null, null, null, null, null, "connector",
                null, 30, null, today.minusDays(35)), today).id();

        open("/today");
        assertThat(start.isDone("Bring in")).isTrue();
        assertThat(start.isDone("awesome or a connector")).isTrue();
        assertThat(start.next()).isEqualTo("Then, every morning: Today");
        assertThat(shoot("first-run-done", "/today")).isEmpty();

        start.goToToday();
        assertThat(start.isShown()).isFalse();
        assertThat(new TodayScreen(driver).item("Ada Lovelace")).as("due: monthly, 40 days ago").isPresent();
    }

    @Test
    @Order(2)
    void theQuickLogPicksSomeoneByKeyboardLogsThemAndTakesItBack() {
        openPage("/people");
        QuickLogScreen log = new QuickLogScreen(driver);

        log.open();
        log.typeWho("ada");
        assertThat(log.options()).extracting(o -> o.getDomAttribute("data-name")).containsExactly("Ada Byron", "Ada Lovelace");
        assertThat(log.highlighted()).isEqualTo("Ada Byron");
        log.press(Keys.ARROW_DOWN);
        assertThat(log.highlighted()).isEqualTo("Ada Lovelace");
        assertThat(log.pickWithEnter()).isEqualTo(String.valueOf(lovelace));
        assertThat(log.who().getDomProperty("value")).isEqualTo("Ada Lovelace");

        log.fill("Coffee", "Talked about the engine");
        assertThat(log.logIt()).startsWith("Logged coffee with Ada Lovelace").contains("Undo");
        Touchpoints touchpoints = server.bean(Touchpoints.class);
        long owner = accounts().byEmail(OWNER).id();
        assertThat(touchpoints.ofPerson(owner, lovelace, 5, 0)).singleElement()
                .satisfies(t -> assertThat(t.note()).isEqualTo("Talked about the engine"));
        assertThat(path()).as("logged in place, on the page it was opened from").isEqualTo("/people");

        assertThat(log.undo()).startsWith("Undone: no coffee logged with Ada Lovelace");
        assertThat(touchpoints.ofPerson(owner, lovelace, 5, 0)).isEmpty();
        log.escape();
        assertThat(log.isOpen()).isFalse();
    }

    @Test
    @Order(3)
    void escapeFirstClosesTheMatchesThenTheDialog() {
        openPage("/today");
        QuickLogScreen log = new QuickLogScreen(driver);
        log.open();
        log.typeWho("grace");

        log.press(Keys.ESCAPE);
        assertThat(log.who().getDomAttribute("aria-expanded")).isEqualTo("false");
        assertThat(log.isOpen()).isTrue();
        log.escape();
    }

    @Test
    @Order(4)
    void theDialogIsLabelledReadableAndFitsAPhone() throws IOException {
        QuickLogScreen log = new QuickLogScreen(driver);
        List<String> problems = shootState("quick-log", true, () -> {
            openPage("/today");
            log.open();
            log.typeWho("ada");
        });
        for (String scheme : List.of("light", "dark")) {
            browser.colorScheme(scheme);
            openPage("/today");
            log.open();
            log.typeWho("ada");
            Audit.lowContrast(driver).forEach(c -> problems.add(scheme + ": " + c));
            Audit.unlabelledControls(driver).forEach(c -> problems.add("unlabelled: " + c));
        }
        browser.colorScheme("light");
        assertThat(problems).isEmpty();
        assertThat(shoot("person-chips", "/people/" + hopper)).isEmpty();
        assertThat(shoot("person-new-switches", "/people/new")).isEmpty();
    }
}
