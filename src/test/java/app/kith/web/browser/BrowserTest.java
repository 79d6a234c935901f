package app.kith.web.browser;

import app.kith.LiveServer;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A test class that drives the real server through a real browser. Each class gets one Chromium
 * and one new server over a new data folder (both take seconds to start), shared by its tests.
 */
abstract class BrowserTest {

    static Browser browser;
    static LiveServer server;
    static ChromeDriver driver;

    @BeforeAll
    static void startBrowserAndServer() throws IOException {
        browser = Browser.start(); // first, so a machine without Chromium fails before a server is started
        server = LiveServer.start();
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

    static void open(String path) {
        driver.get(server.url(path));
    }

    /** The path of the page the browser shows now, without the query. */
    static String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    static void forgetCookies() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }
}
