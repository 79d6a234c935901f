package app.kith.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Account;
import app.kith.account.Accounts;
import app.kith.agenda.DaysFromToday;
import app.kith.agenda.DaysFromToday.Meeting;
import app.kith.agenda.IcsServer;
import app.kith.person.People;
import app.kith.person.PersonDraft;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A calendar added in Settings, in a real browser; its coming meetings on the person's page ("Next: coffee on …"). */
class CalendarsBrowserTest extends BrowserTest {

    @Test
    void aCalendarAddedInSettingsShowsWhatItAddedAndThePersonPageSaysWhatIsNext() throws Exception {
        Account owner = server.bean(Accounts.class).create(OWNER, PASSWORD).account();
        long ada = server.bean(People.class).add(owner.id(), new PersonDraft("Ada Lovelace", List.of("ada@example.com"),
                null, "Analytical Engines", "Mathematician", "London", null, null, null, null, "awesome", null, 30, null,
                null), owner.today(Clock.systemDefaultZone())).id();
        open("/login");
        new SignInScreen(driver).signIn(OWNER, PASSWORD, false);
        try (IcsServer calendar = new IcsServer()) {
            String url = calendar.serve("/secret/basic.ics", DaysFromToday.calendar(
                    new Meeting("coffee-past", -6, "Coffee", "ada@example.com"),
                    new Meeting("review-past", -2, "Quarterly review", "ada@example.com"),
                    new Meeting("coffee", 2, "Coffee at Monmouth", "ada@example.com"),
                    new Meeting("sync", 9, "Engine sync", "ada@example.com"),
                    new Meeting("lunch", 16, "Lunch", "ada@example.com"),
                    new Meeting("later", 20, "Board", "ada@example.com")));

            add(url);
            add(calendar.serve("/old.ics", "").replace("old.ics", "moved.ics"));

            assertThat(driver.findElement(By.id("calendars")).getText()).contains("iCalendar · 127.0.0.1",
                    "added 2 (2 in all)", "No calendar at that address (HTTP 404)");
            assertThat(shootState("settings-calendars", true, CalendarsBrowserTest::showSection)).isEmpty();
            assertThat(audited("/settings")).isEmpty();

            openPage("/people/" + ada);
            String coming = driver.findElement(By.cssSelector(".coming")).getText();
            assertThat(coming).startsWith("Next: coffee on ").contains("Then: a meeting on ", "Then: coffee on ");
            assertThat(coming.lines()).hasSize(3);
            assertThat(shootState("person-next", true, () -> driver.executeScript("window.scrollTo(0, 0)"))).isEmpty();
            assertThat(audited("/people/" + ada)).isEmpty();
        }
    }

    /** Unlabelled controls, and text below AA contrast in light and dark, on the page opened afresh in each. */
    private static List<String> audited(String path) {
        openPage(path);
        List<String> problems = new java.util.ArrayList<>(Audit.unlabelledControls(driver));
        try {
            for (String scheme : List.of("light", "dark")) {
                browser.colorScheme(scheme);
                open(path);
                Audit.lowContrast(driver).forEach(c -> problems.add(scheme + ": " + c));
            }
        } finally {
            browser.colorScheme("light");
        }
        return problems;
    }

    private static void add(String url) {
        openPage("/settings");
        showSection();
        driver.findElement(By.id("calendar-url")).sendKeys(url);
        driver.findElement(By.xpath("//button[normalize-space()='Add the calendar']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getPageSource().contains("Calendar added."));
    }

    private static void showSection() {
        driver.executeScript("document.getElementById('calendars').scrollIntoView({block: 'start'})");
    }
}
