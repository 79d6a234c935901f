package app.kith.web.browser;

import app.kith.LiveServer;
import app.kith.account.Account;
import app.kith.account.Accounts;
import app.kith.ask.Asks;
import app.kith.circle.Circles;
import app.kith.db.Database;
import app.kith.demo.Demo;
import app.kith.demo.DemoSize;
import app.kith.intro.Introductions;
import app.kith.person.Clocks;
import app.kith.person.People;
import app.kith.touchpoint.Touchpoints;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A test class that drives the real server through a real browser. Each class gets one Chromium
 * and one new server over a new data folder (both take seconds to start), shared by its tests.
 * Its Chromium waits for its turn ({@link Browser#start}).
 */
abstract class BrowserTest {

    static final String OWNER = "owner@example.com";
    static final String PASSWORD = "a-long-enough-password";

    /** Where {@link #shoot} saves its screenshots, to be looked at. */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static Browser browser;
    static LiveServer server;
    static ChromeDriver driver;

    @BeforeAll
    static void startBrowserAndServer() throws IOException {
        Browser.requireInstalled(); // first, so a machine without Chromium fails before a server is started
        // The server before the browser: it starts while another JVM's browser test has the browser.
        server = LiveServer.start();
        browser = Browser.start();
        driver = browser.driver();
    }

    @AfterAll
    static void stopBrowserAndServer() throws IOException {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            browser = null;
            if (server != null) {
                server.close();
                server = null;
            }
        }
    }

    /**
     * An owner with the demo network S (500 people, three years of touchpoints, made for today),
     * signed in in the browser: realistic pages to look at. Returns the account id.
     */
    static long signedInWithDemoNetwork() {
        Accounts accounts = server.bean(Accounts.class);
        Account owner = accounts.create(OWNER, PASSWORD).account();
        new Demo(server.bean(Circles.class), server.bean(People.class), server.bean(Clocks.class),
                server.bean(Touchpoints.class), server.bean(Asks.class), server.bean(Introductions.class),
                server.bean(Database.class))
                .fill(owner, DemoSize.S, 1, owner.today(Clock.systemDefaultZone()),
                Demo.Progress.none());
        open("/login");
        new SignInScreen(driver).signIn(OWNER, PASSWORD, false);
        return owner.id();
    }

    static void open(String path) {
        driver.get(server.url(path));
    }

    /** Opens a page that must be there: not the error page of an address nothing answers. */
    static void openPage(String path) {
        open(path);
        List<WebElement> heading = driver.findElements(By.cssSelector("main h1"));
        if (!heading.isEmpty() && heading.get(0).getText().matches("\\d{3} · .*")) {
            throw new AssertionError(path + " shows an error page: " + heading.get(0).getText());
        }
    }

    /** The path of the page the browser shows now, without the query. */
    static String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    static void forgetCookies() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    /**
     * Saves {name}-375.png, {name}-1280.png and {name}-375-dark.png of a page under
     * {@link #SCREENSHOTS}; returns what is too wide, where (nothing may stick out sideways on a
     * phone, nothing may need scrolling sideways on a desktop).
     */
    static List<String> shoot(String name, String path) throws IOException {
        return shoot(name, path, List.of("375", "1280", "375-dark"));
    }

    /** The same in both colour schemes at both widths: {name}-1280-dark.png too. */
    static List<String> shootEveryWay(String name, String path) throws IOException {
        return shoot(name, path, List.of("375", "1280", "375-dark", "1280-dark"));
    }

    /**
     * The page as it is now (a step htmx brought, which no address opens again) at both widths in
     * both colour schemes, without loading it again; returns what is too wide, as {@link #shoot}.
     */
    static List<String> shootAsItIs(String name) throws IOException {
        return shoot(name, null, List.of("375", "1280", "375-dark", "1280-dark"));
    }

    private static List<String> shoot(String name, String path, List<String> shots) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        List<String> overflow = new ArrayList<>();
        try {
            for (String shot : shots) {
                browser.viewport(shot.startsWith("375") ? Browser.PHONE_WIDTH : Browser.DESKTOP_WIDTH);
                browser.colorScheme(shot.endsWith("dark") ? "dark" : "light");
                if (path != null) {
                    openPage(path);
                }
                Files.write(SCREENSHOTS.resolve(name + "-" + shot + ".png"), browser.fullPageScreenshot());
                (shot.startsWith("1280") ? Audit.overflowOnDesktop(driver) : Audit.overflow(driver))
                        .forEach(o -> overflow.add(shot + ": " + o));
            }
        } finally {
            browser.viewport(Browser.DESKTOP_WIDTH);
            browser.colorScheme("light");
        }
        return overflow;
    }

    /**
     * Like {@link #shoot}, of a state that {@code prepare} brings the page to (a dialog open, rows
     * ticked), at 375 and 1280 px in light and dark: the whole page, or only the window when
     * something is in front of it (a modal dialog). Returns what sticks out sideways.
     */
    static List<String> shootState(String name, boolean windowOnly, Runnable prepare) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        List<String> overflow = new ArrayList<>();
        try {
            for (String shot : List.of("375", "1280", "375-dark", "1280-dark")) {
                browser.viewport(shot.startsWith("375") ? Browser.PHONE_WIDTH : Browser.DESKTOP_WIDTH);
                browser.colorScheme(shot.endsWith("dark") ? "dark" : "light");
                prepare.run();
                Files.write(SCREENSHOTS.resolve(name + "-" + shot + ".png"), windowOnly
                        ? driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES) : browser.fullPageScreenshot());
                (shot.startsWith("1280") ? Audit.overflowOnDesktop(driver) : Audit.overflow(driver))
                        .forEach(o -> overflow.add(shot + ": " + o));
            }
        } finally {
            browser.viewport(Browser.DESKTOP_WIDTH);
            browser.colorScheme("light");
        }
        return overflow;
    }
}
