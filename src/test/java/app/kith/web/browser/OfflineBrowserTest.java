package app.kith.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.Folders;
import app.kith.account.Accounts;
import app.kith.person.Clocks;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.Touchpoints;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Kith on a phone with the connection gone, switched off and on with Chromium's network
 * emulation: for the page, and for the service worker too (it fetches on its own, and emulation
 * set on the page does not reach it).
 */
class OfflineBrowserTest extends BrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Test
    void todayStaysReadableOfflineAndWhatIsDoneOfflineIsSentOnceWhenBackOnline() throws IOException {
        long account = signedInWithDemoNetwork();
        LocalDate today = server.bean(Accounts.class).byId(account).today(server.bean(Clock.class));
        Person quinn = server.bean(People.class).add(account, PersonDraft.named("Quinn Offlineton"), today.minusDays(3));
        Touchpoints touchpoints = server.bean(Touchpoints.class);
        open("/today");
        waitUntil("the worker keeps Today's people", "return navigator.serviceWorker.controller !== null"
                + " && document.documentElement.hasAttribute('data-kept-offline')");
        List<WebElement> open = driver.findElements(By.cssSelector("ol.plan li.item[data-kind] form.primary"));
        long done = personOf(open.get(0));
        long skipped = personOf(open.get(1));
        String doneName = driver.findElement(By.cssSelector("#item-" + done + " .names a")).getText();
        int doneBefore = touchpoints.ofPerson(account, done, 1000, 0).size();

        offline(true);
        driver.navigate().refresh();
        stillOffline();
        assertThat(driver.findElement(By.cssSelector("main h1")).getText()).startsWith("Today");
        waitForNote("You are offline");
        open("/people/" + done);
        stillOffline();
        assertThat(driver.findElement(By.cssSelector("main h1")).getText()).contains(doneName);
        open("/circles");
        stillOffline();
        assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("You are offline");

        open("/today");
        stillOffline();
        TodayScreen.press(driver.findElement(By.cssSelector("#item-" + done + " form.primary button")));
        waitForNote("1 change waiting to be sent");
        TodayScreen.press(driver.findElement(By.cssSelector("#item-" + skipped + " details.menu summary")));
        TodayScreen.press(driver.findElement(By.cssSelector("#item-" + skipped + " form[action$='/skip'] button")));
        waitForNote("2 changes waiting to be sent");
        open("/log");
        stillOffline();
        driver.findElement(By.id("ql-who")).sendKeys("Quinn Offlineton");
        TodayScreen.press(driver.findElement(By.cssSelector("form.quick-log button[type=submit]")));
        waitForNote("3 changes waiting to be sent");
        open("/today");
        stillOffline();
        waitForNote("You are offline. 3 changes waiting to be sent — they go when you are back online.");
        assertThat(driver.findElement(By.cssSelector("#item-" + done + " .status")).getText())
                .isEqualTo("✓ Done · waiting to be sent");
        assertThat(driver.findElement(By.cssSelector("#item-" + skipped + " .status")).getText())
                .isEqualTo("Skipped today · waiting to be sent");
        assertThat(shootAsItIs("offline-today")).isEmpty();
        List<?> queued = (List<?>) driver.executeAsyncScript("KithOutbox.all().then(arguments[0]);");
        assertThat(queued).hasSize(3);
        assertThat(touchpoints.ofPerson(account, done, 1000, 0)).hasSize(doneBefore);

        offline(false);
        new WebDriverWait(driver, PATIENCE).until(d -> d.findElements(By.id("offline-note")).isEmpty());
        assertThat(driver.findElement(By.cssSelector("#item-" + done + " .status")).getText()).isEqualTo("✓ Done");
        assertThat(touchpoints.ofPerson(account, done, 1000, 0)).hasSize(doneBefore + 1);
        assertThat(touchpoints.ofPerson(account, quinn.id(), 10, 0)).hasSize(1);
        assertThat(server.bean(Clocks.class).marks(account, skipped).skippedOn()).isEqualTo(today);

        // The same changes sent again (an answer lost on the way back): nothing more is written.
        driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "Promise.all(arguments[0].map(function (c) { return KithOutbox.add(c); })).then(function () { done(); });",
                queued);
        driver.navigate().refresh();
        waitUntil("the replayed changes are sent", "return document.getElementById('offline-note') === null");
        new WebDriverWait(driver, PATIENCE).until(d -> ((List<?>) driver.executeAsyncScript(
                "KithOutbox.all().then(arguments[0]);")).isEmpty());
        assertThat(touchpoints.ofPerson(account, done, 1000, 0)).hasSize(doneBefore + 1);
        assertThat(touchpoints.ofPerson(account, quinn.id(), 10, 0)).hasSize(1);

        // A name typed offline that matches nobody: refused when sent, and the page says so.
        offline(true);
        open("/log");
        stillOffline();
        driver.findElement(By.id("ql-who")).sendKeys("Nobody Of That Name");
        TodayScreen.press(driver.findElement(By.cssSelector("form.quick-log button[type=submit]")));
        waitForNote("1 change waiting to be sent");
        offline(false);
        new WebDriverWait(driver, PATIENCE).until(d -> d.findElements(By.id("offline-note")).isEmpty());
        assertThat(driver.findElement(By.cssSelector("main .offline-refused")).getText())
                .isEqualTo("Not logged: “Nobody Of That Name” — open the quick log and log it again.");

        installedAppAtPhoneWidth();

        // Signed out: no page of the account's is left on the device.
        new SignInScreen(driver).signOut();
        assertThat((Boolean) driver.executeAsyncScript("var done = arguments[0];"
                + "caches.match('/today').then(function (page) { done(page === undefined); });")).isTrue();
        assertThat((Boolean) driver.executeAsyncScript("var done = arguments[0];"
                + "caches.keys().then(function (names) { done(names.indexOf('kith-pages') < 0); });")).isTrue();
    }

    /**
     * Kith opened as an installed app (Chromium's app window, where {@code display-mode} is
     * standalone) on a phone-sized screen, its Today saved as installed-app-375.png.
     */
    private static void installedAppAtPhoneWidth() throws IOException {
        Path profile = Files.createTempDirectory("kith-app");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Browser.CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--lang=en-US", "--app=" + server.url("/login"), "--window-size=375,812");
        ChromeDriver app = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(Browser.CHROMEDRIVER.toFile()).usingAnyFreePort().build(), options);
        try {
            new SignInScreen(app).signIn(OWNER, PASSWORD, false);
            new WebDriverWait(app, PATIENCE).until(d -> d.getCurrentUrl().endsWith("/today"));
            assertThat((Boolean) app.executeScript("return matchMedia('(display-mode: standalone)').matches")).isTrue();
            assertThat(((Number) app.executeScript("return innerWidth")).intValue()).isEqualTo(375);
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve("installed-app-375.png"), app.getScreenshotAs(OutputType.BYTES));
        } finally {
            app.quit();
            Folders.delete(profile);
        }
    }

    private static long personOf(WebElement doneForm) {
        return Long.parseLong(doneForm.getDomAttribute("id").substring("done-".length()));
    }

    private static String note() {
        return driver.findElement(By.id("offline-note")).getText();
    }

    private static void waitForNote(String text) {
        new WebDriverWait(driver, PATIENCE).withMessage(() -> "the page to say “" + text + "”")
                .until(d -> !d.findElements(By.id("offline-note")).isEmpty() && note().contains(text));
    }

    private static void waitUntil(String what, String script) {
        new WebDriverWait(driver, PATIENCE).withMessage(what).until(d -> Boolean.TRUE.equals(driver.executeScript(script)));
    }

    /**
     * After a navigation while offline: some Chromium releases (150) drop the page's offline state
     * when it loads a new document, so navigator.onLine reads true again although nothing reaches
     * the network; set it again, as a device that stays offline keeps it.
     */
    private static void stillOffline() {
        driver.executeCdpCommand("Network.overrideNetworkState", Map.of("offline", true, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
        waitUntil("the page knows it is offline", "return navigator.onLine === false");
    }

    /**
     * Switches the network off or on for the page and for the service worker: the worker is a
     * target of its own, reached through a session on it (the old, unflattened kind, since the
     * driver sends commands only to the page).
     */
    private static void offline(boolean off) {
        Map<String, Object> conditions = Map.of("offline", off, "latency", 0, "downloadThroughput", -1,
                "uploadThroughput", -1);
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", conditions);
        driver.executeCdpCommand("Network.overrideNetworkState", conditions);
        List<String> workers = new ArrayList<>();
        for (Object target : (List<?>) driver.executeCdpCommand("Target.getTargets", Map.of()).get("targetInfos")) {
            Map<?, ?> info = (Map<?, ?>) target;
            if ("service_worker".equals(info.get("type"))) {
                workers.add((String) info.get("targetId"));
            }
        }
        assertThat(workers).as("Kith's service worker is running").isNotEmpty();
        for (String worker : workers) {
            Object session = driver.executeCdpCommand("Target.attachToTarget", Map.of("targetId", worker, "flatten", false))
                    .get("sessionId");
            sendTo(session, 1, "Network.enable", "{}");
            sendTo(session, 2, "Network.emulateNetworkConditions", "{\"offline\": " + off
                    + ", \"latency\": 0, \"downloadThroughput\": -1, \"uploadThroughput\": -1}");
        }
    }

    private static void sendTo(Object session, int id, String method, String params) {
        driver.executeCdpCommand("Target.sendMessageToTarget", Map.of("sessionId", session,
                "message", "{\"id\": " + id + ", \"method\": \"" + method + "\", \"params\": " + params + "}"));
    }
}
