package app.kith.web.browser;

import app.kith.Folders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's ChromeDriver. Both are named by path so
 * Selenium Manager never looks for (or downloads) a browser; a machine without them fails the
 * tests with the command that installs them, since a skipped browser test proves nothing.
 * Only one Chromium runs at a time on the machine ({@link ChromiumTurns}).
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final int DESKTOP_WIDTH = 1280;
    static final int PHONE_WIDTH = 375;
    static final int HEIGHT = 900;

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Fails, with the command that installs them, when Chromium or its ChromeDriver is missing. */
    static void requireInstalled() {
        for (Path needed : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(needed)) {
                throw new IllegalStateException("The browser tests need Debian's Chromium and ChromeDriver, but " + needed
                        + " is missing. Install them: apt-get install -y chromium chromium-driver");
            }
        }
    }

    /** Starts a Chromium once no other JVM's runs; {@link #close} quits it and lets the next one start. */
    static Browser start() throws IOException {
        requireInstalled();
        ChromiumTurns.take();
        try {
            return launch();
        } catch (IOException | RuntimeException e) {
            ChromiumTurns.end();
            throw e;
        }
    }

    private static Browser launch() throws IOException {
        Path profile = Files.createTempDirectory("kith-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // As root in a container Chromium needs --no-sandbox; the rest keeps it from reaching out
        // to Google's services and from writing outside its own throwaway profile.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=" + DESKTOP_WIDTH + "," + HEIGHT, "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, profile);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Lays pages out as on a screen this wide (a phone below 600 px, with touch and its own scaling off). */
    void viewport(int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** Answers the page's {@code prefers-color-scheme} query with "light" or "dark". */
    void colorScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** The whole page, not only the part in view, as a PNG. */
    byte[] fullPageScreenshot() {
        // A page just loaded on a busy machine may not be laid out yet: its size is then 0.
        Map<String, Number> size = new WebDriverWait(driver, Duration.ofSeconds(10))
                .withMessage("the page to be laid out").until(d -> {
                    @SuppressWarnings("unchecked")
                    Map<String, Number> metrics = (Map<String, Number>) driver.executeCdpCommand("Page.getLayoutMetrics",
                            Map.of()).get("cssContentSize");
                    return metrics.get("width").doubleValue() > 0 && metrics.get("height").doubleValue() > 0 ? metrics : null;
                });
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", size.get("width"),
                        "height", size.get("height"), "scale", 1)));
        return OutputType.BYTES.convertFromBase64Png((String) shot.get("data"));
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try {
                Folders.delete(profile);
            } finally {
                ChromiumTurns.end();
            }
        }
    }
}
