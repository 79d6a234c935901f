package app.kith.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Settings → Phones and apps in a real browser: a device named, its password shown once, and a phone signing in with it. */
class PhonesSettingsBrowserTest extends BrowserTest {

    @Test
    void aPasswordMadeInSettingsSignsInAPhoneAndTheSectionFitsEveryScreen() throws Exception {
        server.bean(Accounts.class).create(OWNER, PASSWORD);
        open("/login");
        new SignInScreen(driver).signIn(OWNER, PASSWORD, false);
        openPage("/settings");
        assertThat(shootState("settings-phones-empty", true, PhonesSettingsBrowserTest::showSection)).isEmpty();

        driver.findElement(By.id("phoneName")).sendKeys("Anna’s iPhone");
        driver.findElement(By.xpath("//button[normalize-space()='Make a password']")).click();
        String password = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.id("dav-password")).stream().findFirst().orElse(null)).getDomAttribute("value");
        String url = driver.findElement(By.id("dav-server")).getDomAttribute("value");
        String user = driver.findElement(By.id("dav-user")).getDomAttribute("value");
        assertThat(url).endsWith("/dav/");
        assertThat(user).isEqualTo(OWNER);
        assertThat(password).matches("[a-z0-9]{4}(-[a-z0-9]{4}){5}");
        assertThat(shootState("settings-phones", true, PhonesSettingsBrowserTest::showSection)).isEmpty();

        HttpRequest propfind = HttpRequest.newBuilder(URI.create(url)).method("PROPFIND", HttpRequest.BodyPublishers.noBody())
                .header("Depth", "0").header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))).build();
        assertThat(HttpClient.newHttpClient().send(propfind, HttpResponse.BodyHandlers.discarding()).statusCode())
                .isEqualTo(207);
        openPage("/settings");
        assertThat(driver.findElements(By.id("dav-password"))).as("shown once").isEmpty();
        assertThat(driver.findElement(By.id("phones")).getText()).contains("Anna’s iPhone");
    }

    private static void showSection() {
        driver.executeScript("document.getElementById('phones').scrollIntoView({block: 'start'})");
    }
}
