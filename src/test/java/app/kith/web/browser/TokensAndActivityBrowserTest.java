package app.kith.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Settings → API tokens with a scope and an end, and Settings → Activity, in a real browser. */
class TokensAndActivityBrowserTest extends BrowserTest {

    @Test
    void aReadTokenWithAnEndIsMadeAndListedAndTheActivityPageShowsItAndFitsEveryScreen() throws Exception {
        server.bean(Accounts.class).create(OWNER, PASSWORD);
        open("/login");
        new SignInScreen(driver).signIn(OWNER, PASSWORD, false);
        openPage("/settings");

        driver.findElement(By.id("tokenName")).sendKeys("nightly report");
        new Select(driver.findElement(By.id("tokenScope"))).selectByValue("read");
        driver.findElement(By.id("tokenExpires")).sendKeys("90d");
        driver.findElement(By.xpath("//button[normalize-space()='Make a token']")).click();
        String secret = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.id("new-token")).stream().findFirst().orElse(null)).getDomAttribute("value");
        assertThat(secret).startsWith("kith_");
        String row = driver.findElement(By.xpath("//article[@id='tokens']//tr[td[starts-with(normalize-space(), 'nightly report')]]")).getText();
        assertThat(row).as("it ends in 90 days, next year or this").contains("only reads").containsPattern("\\d+ \\w{3}");
        assertThat(shootState("settings-tokens", true, TokensAndActivityBrowserTest::showTokens)).isEmpty();

        driver.findElement(By.linkText("Activity")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> path().equals("/settings/activity"));
        String activity = driver.findElement(By.tagName("main")).getText();
        assertThat(activity).contains("API token made", "nightly report", "Signed in");
        assertThat(activity.indexOf("API token made")).isLessThan(activity.indexOf("Signed in"));
        assertThat(shootEveryWay("settings-activity", "/settings/activity")).isEmpty();
    }

    private static void showTokens() {
        driver.executeScript("document.getElementById('tokens').scrollIntoView({block: 'start'})");
    }
}
