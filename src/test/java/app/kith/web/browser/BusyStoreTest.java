package app.kith.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.LiveServer;
import app.kith.account.Accounts;
import app.kith.person.People;
import app.kith.person.PersonDraft;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Done on Today while another program holds the database longer than the server waits: the page
 * says, in place, that the database is busy and nothing was saved, the item stays as it was, and
 * the same click works once the database is free. Screenshots: busy-*.png.
 */
class BusyStoreTest {

    private static Browser browser;
    private static LiveServer server;
    private static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        Browser.requireInstalled();
        server = LiveServer.start("--kith.db.lock-wait=1s");
        browser = Browser.start();
        driver = browser.driver();
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            browser.close();
        } finally {
            server.close();
        }
    }

    @Test
    void aDoneWhileTheDatabaseIsHeldSaysSoAndWorksOnceItIsFree() throws Exception {
        Accounts accounts = server.bean(Accounts.class);
        long owner = accounts.create(BrowserTest.OWNER, BrowserTest.PASSWORD).account().id();
        server.bean(People.class).add(owner, PersonDraft.named("Ada Lovelace").withRhythm(30),
                LocalDate.now().minusDays(45));
        driver.get(server.url("/login"));
        new SignInScreen(driver).signIn(BrowserTest.OWNER, BrowserTest.PASSWORD, false);
        driver.get(server.url("/today"));
        TodayScreen today = new TodayScreen(driver);
        TodayScreen.Item ada = today.item("Ada Lovelace").orElseThrow();

        Connection other = DriverManager.getConnection("jdbc:sqlite:" + server.folder().resolve("kith.db"));
        try (Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
        }
        try {
            Screen.button(ada.element(), "Done").click();
            today.waiting().until(d -> !d.findElement(By.id("flash")).getText().isBlank());
            String flash = driver.findElement(By.id("flash")).getText();
            assertThat(flash).contains("busy", "Nothing was saved");
            assertThat(ada.isDone()).isFalse();
            Files.createDirectories(BrowserTest.SCREENSHOTS);
            for (String shot : List.of("375", "1280", "375-dark")) {
                browser.viewport(shot.startsWith("375") ? Browser.PHONE_WIDTH : Browser.DESKTOP_WIDTH);
                browser.colorScheme(shot.endsWith("dark") ? "dark" : "light");
                Files.write(BrowserTest.SCREENSHOTS.resolve("busy-" + shot + ".png"), browser.fullPageScreenshot());
            }
            browser.viewport(Browser.DESKTOP_WIDTH);
            browser.colorScheme("light");
        } finally {
            try (Statement s = other.createStatement()) {
                s.execute("ROLLBACK");
            }
            other.close();
        }

        Screen.button(ada.element(), "Done").click();
        today.waiting().until(d -> ada.isDone());
        assertThat(driver.findElement(By.id("flash")).getText()).isBlank();
        assertThat(server.bean(People.class).get(owner, ada.personId()).lastTouchOn()).isEqualTo(LocalDate.now());
    }
}
