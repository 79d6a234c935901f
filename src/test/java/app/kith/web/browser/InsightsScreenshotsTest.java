package app.kith.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Insights and the weekly review over the demo network, and Insights of an account with nobody
 * yet, on a phone (375 px) and a desktop (1280 px), light and dark: saved under
 * target/screenshots/ to be looked at, and checked that nothing sticks out sideways.
 */
class InsightsScreenshotsTest extends BrowserTest {

    @BeforeAll
    static void aNetworkToLookAt() {
        signedInWithDemoNetwork();
    }

    @AfterEach
    void desktopAndLight() {
        browser.viewport(Browser.DESKTOP_WIDTH);
        browser.colorScheme("light");
    }

    @Test
    void insights() throws IOException {
        assertThat(shootEveryWay("insights", "/insights")).isEmpty();
        assertThat(driver.findElements(By.cssSelector("svg.chart[role=img] > title"))).hasSize(2);
    }

    @Test
    void aDormantTiesMessageOpened() throws IOException {
        openPage("/insights");
        driver.findElement(By.cssSelector("ul.ties details.message > summary")).click();

        assertThat(driver.findElement(By.cssSelector("ul.ties textarea.starter")).isDisplayed()).isTrue();
        assertThat(shootAsItIs("insights-dormant-message")).isEmpty();
    }

    @Test
    void weeklyReview() throws IOException {
        assertThat(shootEveryWay("insights-week", "/insights/week")).isEmpty();
        assertThat(driver.findElements(By.cssSelector("svg.chart[role=img] > desc"))).hasSize(1);
    }

    @Test
    void weakTiesForAGoal() throws IOException {
        assertThat(shoot("insights-goal", "/insights?goal=data+engineering")).isEmpty();
        assertThat(driver.findElements(By.cssSelector("#goal-h ~ ul.ties > li"))).isNotEmpty();
    }

    @Test
    void anAccountWithNobodyYet() throws IOException {
        server.bean(Accounts.class).create("new@example.com", PASSWORD);
        forgetCookies();
        open("/login");
        new SignInScreen(driver).signIn("new@example.com", PASSWORD, false);
        try {
            assertThat(shoot("insights-empty", "/insights")).isEmpty();
        } finally {
            forgetCookies();
            open("/login");
            new SignInScreen(driver).signIn(OWNER, PASSWORD, false);
        }
    }
}
