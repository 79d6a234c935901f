package app.kith.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** Labels, keyboard use and contrast on the pages people use every day, checked in the browser. */
class AccessibilityTest extends BrowserTest {

    static List<String> pages;

    @BeforeAll
    static void aNetwork() {
        signedInWithDemoNetwork();
        open("/today");
        long someone = new TodayScreen(driver).items().get(0).personId();
        pages = List.of("/today", "/people", "/people/new", "/people/" + someone, "/circles", "/settings", "/settings/password", "/settings/two-factor", "/asks",
                "/introductions", "/import", "/people/duplicates", "/who", "/who?q=data+engineering", "/insights",
                "/insights/week");
    }

    @AfterEach
    void light() {
        browser.colorScheme("light");
    }

    @Test
    void everyControlHasALabel() {
        List<String> unlabelled = new ArrayList<>();
        for (String page : pages) {
            openPage(page);
            Audit.unlabelledControls(driver).forEach(c -> unlabelled.add(page + ": " + c));
        }
        assertThat(unlabelled).isEmpty();
    }

    @Test
    void textPassesAAContrastInLightAndDark() {
        List<String> low = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            browser.colorScheme(scheme);
            for (String page : pages) {
                open(page);
                Audit.lowContrast(driver).forEach(c -> low.add(scheme + " " + page + ": " + c));
            }
        }
        assertThat(low).isEmpty();
    }

    @Test
    void aCirclesDeleteButtonPassesAAContrastInLightAndDark() throws java.io.IOException {
        open("/circles");
        String circle = driver.findElement(By.cssSelector("table.circles a[href^='/circles/']")).getDomAttribute("href");
        List<String> low = new ArrayList<>();
        List<String> shots = List.of("375", "1280", "375-dark", "1280-dark"); // the order shootState takes them in
        int[] shot = {0};
        List<String> wide = shootState("circle-delete", false, () -> {
            open(circle);
            WebElement zone = driver.findElement(By.cssSelector("details.danger-zone"));
            // opened as a click would, without the phone's tab bar in the way
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].open = true;", zone);
            WebElement delete = zone.findElement(By.cssSelector("button.danger"));
            assertThat(delete.isDisplayed()).isTrue();
            String name = shots.get(shot[0]++);
            Audit.lowContrast(driver).forEach(c -> low.add(name + ": " + c));
        });
        assertThat(wide).isEmpty();
        assertThat(low).isEmpty();
    }

    @Test
    void theSignInPageIsLabelledAndReadableInBothThemes() {
        forgetCookies();
        try {
            List<String> problems = new ArrayList<>();
            for (String scheme : List.of("light", "dark")) {
                browser.colorScheme(scheme);
                open("/login");
                Audit.lowContrast(driver).forEach(c -> problems.add(scheme + ": " + c));
                Audit.unlabelledControls(driver).forEach(c -> problems.add("unlabelled: " + c));
            }
            assertThat(problems).isEmpty();
        } finally {
            browser.colorScheme("light");
            open("/login");
            new SignInScreen(driver).signIn(OWNER, PASSWORD, false);
        }
    }

    @Test
    void theKeyboardReachesTheFirstItemsFirstAction() {
        open("/today");
        // Done for someone due, "They said yes" for an ask: whatever the item's first button is.
        WebElement done = driver.findElement(TodayScreen.ITEMS).findElement(By.tagName("button"));

        int presses = 0;
        while (!done.equals(driver.switchTo().activeElement()) && presses < 40) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            presses++;
        }

        assertThat(driver.switchTo().activeElement()).as("focus after %d tabs", presses).isEqualTo(done);
    }

    @Test
    void slashJumpsToTheSearchOnPeople() {
        open("/people");
        WebElement search = new PeopleScreen(driver).search();
        assertThat(driver.switchTo().activeElement()).isNotEqualTo(search);

        new Actions(driver).sendKeys("/").perform();

        assertThat(driver.switchTo().activeElement()).isEqualTo(search);
        assertThat(search.getDomProperty("value")).as("the slash itself is not typed").isEmpty();
    }
}
