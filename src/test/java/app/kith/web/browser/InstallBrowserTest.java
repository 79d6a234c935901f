package app.kith.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Chromium itself finds Kith installable: it reads the manifest without errors and has nothing against installing it. */
class InstallBrowserTest extends BrowserTest {

    @Test
    void chromiumCanInstallKithFromTheSignInPage() {
        driver.get(server.url("/login"));

        Map<String, Object> installability = driver.executeCdpCommand("Page.getInstallabilityErrors", Map.of());
        Map<String, Object> manifest = driver.executeCdpCommand("Page.getAppManifest", Map.of());

        assertThat((List<?>) installability.get("installabilityErrors")).isEmpty();
        assertThat((List<?>) manifest.get("errors")).isEmpty();
        assertThat((String) manifest.get("url")).endsWith("/manifest.webmanifest");
    }
}
