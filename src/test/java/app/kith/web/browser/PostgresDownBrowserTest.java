package app.kith.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.Folders;
import app.kith.KithApplication;
import app.kith.OwnPostgres;
import app.kith.account.Accounts;
import app.kith.db.DataFolder;
import app.kith.db.DbSettings;
import app.kith.person.People;
import app.kith.person.PersonDraft;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Today in a real browser while PostgreSQL is stopped: a calm page that says the database cannot
 * be reached and nothing was saved, not the sign-in page; reloading once PostgreSQL is back shows
 * Today again in the same session. Screenshots: postgres-down-*.png.
 */
class PostgresDownBrowserTest {

    @Test
    void todayWhilePostgresIsDownSaysSoAndComesBackInTheSameSession() throws Exception {
        Path folder = Files.createTempDirectory("kith-node");
        OwnPostgres postgres = OwnPostgres.start();
        ConfigurableApplicationContext kith = null;
        Browser.requireInstalled();
        try {
            kith = KithApplication.start(new DbSettings(new DataFolder(folder), postgres.jdbcUrl(),
                            null, null), "--server.port=0", "--server.address=127.0.0.1", "--logging.level.root=error",
                    "--kith.db.lock-wait=2s", "--kith.purge.initial-delay=PT1H");
            todayWhileDown(kith, postgres);
        } finally {
            if (kith != null) {
                kith.close();
            }
            postgres.close();
            Folders.delete(folder);
        }
    }

    private static void todayWhileDown(ConfigurableApplicationContext kith, OwnPostgres postgres) throws Exception {
        try (Browser browser = Browser.start()) {
            String base = "http://127.0.0.1:" + kith.getEnvironment().getProperty("local.server.port");
            long owner = kith.getBean(Accounts.class).create(BrowserTest.OWNER, BrowserTest.PASSWORD).account().id();
            kith.getBean(People.class).add(owner, PersonDraft.named("Ada Lovelace").withRhythm(30),
                    LocalDate.now().minusDays(45));
            ChromeDriver driver = browser.driver();
            driver.get(base + "/login");
            new SignInScreen(driver).signIn(BrowserTest.OWNER, BrowserTest.PASSWORD, false);
            driver.get(base + "/today");
            assertThat(driver.findElement(By.tagName("body")).getText()).contains("Ada Lovelace");

            postgres.stop();
            driver.get(base + "/today");
            String page = driver.findElement(By.tagName("body")).getText();
            assertThat(page).contains("cannot reach its database", "Nothing was saved").doesNotContain("Exception");
            assertThat(driver.getCurrentUrl()).as("not sent to sign in").endsWith("/today");
            Files.createDirectories(BrowserTest.SCREENSHOTS);
            for (String shot : List.of("375", "1280", "375-dark", "1280-dark")) {
                browser.viewport(shot.startsWith("375") ? Browser.PHONE_WIDTH : Browser.DESKTOP_WIDTH);
                browser.colorScheme(shot.endsWith("dark") ? "dark" : "light");
                Files.write(BrowserTest.SCREENSHOTS.resolve("postgres-down-" + shot + ".png"), browser.fullPageScreenshot());
            }
            browser.viewport(Browser.DESKTOP_WIDTH);
            browser.colorScheme("light");

            postgres.startAgain();
            long until = System.currentTimeMillis() + 60_000;
            do {
                Thread.sleep(500);
                driver.get(base + "/today");
            } while (!driver.findElement(By.tagName("body")).getText().contains("Ada Lovelace")
                    && System.currentTimeMillis() < until);
            assertThat(driver.getCurrentUrl()).endsWith("/today");
            assertThat(driver.findElement(By.tagName("body")).getText()).as("Today, in the same session")
                    .contains("Ada Lovelace");
        }
    }

}
