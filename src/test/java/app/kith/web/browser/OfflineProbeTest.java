package app.kith.web.browser;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

class OfflineProbeTest extends BrowserTest {

    @Test
    void probe() throws Exception {
        signedInWithDemoNetwork();
        open("/today");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> driver.executeScript(
                "return navigator.serviceWorker.controller != null && document.documentElement.hasAttribute('data-kept-offline')").equals(true));
        System.out.println("PROBE controlled");
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", true, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
        System.out.println("PROBE onLine " + driver.executeScript("return navigator.onLine"));
        for (Object t : (java.util.List<?>) driver.executeCdpCommand("Target.getTargets", Map.of()).get("targetInfos")) {
            Map<?, ?> info = (Map<?, ?>) t;
            if ("service_worker".equals(info.get("type"))) {
                Object session = driver.executeCdpCommand("Target.attachToTarget", Map.of("targetId", info.get("targetId"), "flatten", false)).get("sessionId");
                System.out.println("PROBE session " + session);
                driver.executeCdpCommand("Target.sendMessageToTarget", Map.of("sessionId", session, "message", "{\"id\":1,\"method\":\"Network.enable\",\"params\":{}}"));
                driver.executeCdpCommand("Target.sendMessageToTarget", Map.of("sessionId", session, "message", "{\"id\":2,\"method\":\"Network.emulateNetworkConditions\",\"params\":{\"offline\":true,\"latency\":0,\"downloadThroughput\":-1,\"uploadThroughput\":-1}}"));
            }
        }
        open("/circles");
        System.out.println("PROBE circles h1: " + driver.findElement(By.cssSelector("h1")).getText());
        open("/today");
        System.out.println("PROBE today h1: " + driver.findElement(By.cssSelector("h1")).getText());
        System.out.println("PROBE targets: " + driver.executeCdpCommand("Target.getTargets", Map.of()));
    }
}
