package app.kith.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Account;
import app.kith.account.Accounts;
import app.kith.digest.DigestMail;
import app.kith.digest.Digests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;

/**
 * The morning email's HTML part over the demo network, as Chromium renders it on a phone (375 px)
 * and a desktop (1280 px), light and dark (the email answers prefers-color-scheme), and the pages
 * its links lead to: saved under target/screenshots/ to be looked at.
 */
class MorningEmailScreenshotsTest extends BrowserTest {

    private static Account owner;
    private static DigestMail mail;

    @BeforeAll
    static void anEmailToLookAt() {
        long id = signedInWithDemoNetwork();
        owner = server.bean(Accounts.class).byId(id);
        mail = server.bean(Digests.class).compose(owner, owner.today(Clock.systemDefaultZone()));
    }

    @Test
    void theHtmlPart() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve("morning-email.html").toAbsolutePath();
        Files.writeString(file, mail.html());

        assertThat(shootState("morning-email", false, () -> driver.get(file.toUri().toString()))).isEmpty();
        assertThat(driver.findElements(By.linkText("Done"))).isNotEmpty();
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Today: ");
    }

    @Test
    void theDoneLinksConfirmationPage() throws IOException {
        String done = mail.html().replaceAll("(?s).*?href=\"[^\"]*(/digest/done\\?t=[^\"]+)\".*", "$1");
        forgetCookies();
        try {
            assertThat(shoot("morning-email-done", done)).isEmpty();
            assertThat(driver.findElement(By.cssSelector("main button[type=submit]")).getText()).isIn("Done", "Followed up");
        } finally {
            open("/login");
            new SignInScreen(driver).signIn(OWNER, PASSWORD, false);
        }
    }

    @Test
    void theSettingsSection() throws IOException {
        assertThat(shoot("settings-morning-email", "/settings#morning-email")).isEmpty();
        assertThat(driver.findElement(By.id("morning-email")).getText()).contains("Morning email");
        // The section alone, large enough to read, on a phone in both schemes.
        for (String scheme : java.util.List.of("light", "dark")) {
            browser.viewport(Browser.PHONE_WIDTH);
            browser.colorScheme(scheme);
            try {
                openPage("/settings#morning-email");
                Files.write(SCREENSHOTS.resolve("settings-morning-email-section-375" + (scheme.equals("dark") ? "-dark" : "")
                        + ".png"), driver.findElement(By.id("morning-email")).getScreenshotAs(OutputType.BYTES));
            } finally {
                browser.viewport(Browser.DESKTOP_WIDTH);
                browser.colorScheme("light");
            }
        }
    }
}
