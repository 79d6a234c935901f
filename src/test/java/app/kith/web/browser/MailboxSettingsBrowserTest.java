package app.kith.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Account;
import app.kith.account.Accounts;
import app.kith.mail.TestMailbox;
import app.kith.person.People;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.Touchpoints;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Settings' mailbox section with a real IMAP server: a wrong password is said next to its field,
 * the right one connects, "Read now" logs the touchpoints, a suggested correspondent becomes a
 * person in one click.
 */
class MailboxSettingsBrowserTest extends BrowserTest {

    @Test
    void connectReadAndAddASuggestedPerson() throws Exception {
        Account owner = server.bean(Accounts.class).create(OWNER, PASSWORD).account();
        long ada = server.bean(People.class).add(owner.id(), new PersonDraft("Ada Lovelace", List.of("ada@example.com"),
                null, null, null, null, null, null, null, null, null, null, null, null, null),
                owner.today(Clock.systemDefaultZone())).id();
        open("/login");
        new SignInScreen(driver).signIn(OWNER, PASSWORD, false);
        try (TestMailbox mail = new TestMailbox()) {
            mail.fill(0, 100);
            openPage("/settings");
            fill(mail, "not-the-password");
            sectionSays("refused this user and password");
            assertThat(driver.findElement(By.id("mailbox-password-error")).getText()).contains("app password");
            assertThat(driver.findElement(By.id("mailbox-host")).getDomAttribute("value")).isEqualTo("127.0.0.1");
            assertThat(shootState("settings-mailbox-refused", true, MailboxSettingsBrowserTest::showSection)).isEmpty();

            fill(mail, TestMailbox.PASSWORD);
            sectionSays("Connected me at 127.0.0.1", "Not read yet");
            click("Read now");
            sectionSays("Read 100 new messages: 40 touchpoints with 1 person", "Grace Hopper <grace@example.com>");
            assertThat(server.bean(Touchpoints.class).ofPerson(owner.id(), ada, 100, 0)).hasSize(40);
            assertThat(shootState("settings-mailbox", true, MailboxSettingsBrowserTest::showSection)).isEmpty();

            driver.findElement(By.xpath("//li[contains(., 'grace@example.com')]//button[normalize-space()='Add as person']"))
                    .click();
            assertThat(sectionSays("Added Grace Hopper.")).doesNotContain("<grace@example.com>");
            click("Disconnect");
            sectionSays("Disconnected");
            assertThat(driver.findElements(By.id("mailbox-host"))).hasSize(1);
        }
    }

    private static void fill(TestMailbox mail, String password) {
        WebElement host = driver.findElement(By.id("mailbox-host"));
        host.clear();
        host.sendKeys("127.0.0.1");
        WebElement port = driver.findElement(By.id("mailbox-port"));
        port.clear();
        port.sendKeys(String.valueOf(mail.port));
        WebElement tls = driver.findElement(By.name("tls"));
        if (tls.isSelected()) {
            tls.click();
        }
        WebElement user = driver.findElement(By.id("mailbox-user"));
        user.clear();
        user.sendKeys(TestMailbox.LOGIN);
        driver.findElement(By.id("mailbox-password")).sendKeys(password);
        click("Connect");
    }

    private static void click(String button) {
        driver.findElement(By.xpath("//article[@id='mailbox']//button[normalize-space()='" + button + "']")).click();
    }

    private static WebElement section() {
        return driver.findElement(By.id("mailbox"));
    }

    /** The section's text once the page after a click says all of these (the click loads a new page). */
    private static String sectionSays(String... texts) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    String text = section().getText();
                    return java.util.Arrays.stream(texts).allMatch(text::contains) ? text : null;
                });
    }

    private static void showSection() {
        driver.executeScript("document.getElementById('mailbox').scrollIntoView({block: 'start'})");
    }
}
