package app.kith.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.account.AuthenticatorApp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Two-factor sign-in in a real browser: turned on in Settings with a code computed here as a phone's
 * app would, then a sign-in that asks for the next code. Screenshots of the setup, the recovery
 * codes, the settings line and the code step, at 375 and 1280 px, light and dark.
 */
class TwoFactorBrowserTest extends BrowserTest {

    @Test
    void turnedOnInSettingsSigningInAsksForTheAppsCode() throws Exception {
        server.bean(Accounts.class).create(OWNER, PASSWORD);
        open("/login");
        new SignInScreen(driver).signIn(OWNER, PASSWORD, false);
        openPage("/settings/two-factor");
        TwoFactorScreen screen = new TwoFactorScreen(driver);
        assertThat(shootEveryWay("two-factor-off", "/settings/two-factor")).isEmpty();

        screen.setUp();
        assertThat(driver.findElement(By.cssSelector("img.qr-code")).getDomProperty("naturalWidth")).isNotEqualTo("0");
        assertThat(shootEveryWay("two-factor-setup", "/settings/two-factor")).isEmpty();
        AuthenticatorApp app = new AuthenticatorApp(screen.key());
        screen.confirm(app.codeAt(Instant.now()));

        assertThat(screen.recoveryCodes()).hasSize(10).allMatch(code -> code.matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}"));
        assertThat(shootAsItIs("two-factor-recovery-codes")).isEmpty();
        openPage("/settings");
        assertThat(driver.findElement(By.id("two-factor")).getText()).contains("On:", "10 recovery codes left");
        assertThat(shootState("settings-two-factor", true, () ->
                driver.executeScript("document.getElementById('two-factor').scrollIntoView({block: 'start'})"))).isEmpty();

        screen.signOut();
        new SignInScreen(driver).signIn(OWNER, PASSWORD, false);
        assertThat(path()).isEqualTo("/login/code");
        assertThat(shootEveryWay("sign-in-code", "/login/code")).isEmpty();
        openPage("/today");
        assertThat(path()).as("the password alone opens nothing").isEqualTo("/login");
        new SignInScreen(driver).signIn(OWNER, PASSWORD, false);
        // The code that turned it on is spent: the app's next one, as a phone a little ahead shows it.
        screen.signInWith(app.codeAt(Instant.now().plusSeconds(30)));

        assertThat(path()).isEqualTo("/today");
    }
}
