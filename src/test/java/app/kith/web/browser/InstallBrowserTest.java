package app.kith.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Chromium itself finds Kith installable: it reads the manifest without errors and has nothing against installing it. */
class InstallBrowserTest extends BrowserTest {

    @Test
    void chromiumCanInstallKithFromTheSignInPage() {
        driver.get(server.url("/login"));

        // Chromium reads the manifest after the page loads; asked too early on a busy machine, it
        // says "manifest-location-changed" for a moment. Errors that stay are what fails.
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250)).pollInSameThread()
                .untilAsserted(() -> assertThat((List<?>) driver.executeCdpCommand("Page.getInstallabilityErrors",
                        Map.of()).get("installabilityErrors")).isEmpty());
        Map<String, Object> manifest = driver.executeCdpCommand("Page.getAppManifest", Map.of());

        assertThat((List<?>) manifest.get("errors")).isEmpty();
        assertThat((String) manifest.get("url")).endsWith("/manifest.webmanifest");
    }
}
