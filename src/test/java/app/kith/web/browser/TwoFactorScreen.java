package app.kith.web.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Settings → Two-factor sign-in ({@code /settings/two-factor}), and the code step of signing in ({@code /login/code}). */
final class TwoFactorScreen extends Screen {

    TwoFactorScreen(WebDriver driver) {
        super(driver);
    }

    void setUp() {
        clickAndWait(button("Set up two-factor sign-in"));
    }

    /** The key the page gives to type into an app. */
    String key() {
        return control("Key (time-based, 6 digits)").getDomProperty("value");
    }

    void confirm(String code) {
        type(control("2. Type the code the app shows now"), code);
        clickAndWait(button("Turn on"));
    }

    /** The recovery codes shown this once. */
    List<String> recoveryCodes() {
        return List.of(driver.findElement(By.id("recovery-codes")).getDomProperty("value").strip().split("\n"));
    }

    /** The code step of signing in. */
    void signInWith(String code) {
        type(control("The 6-digit code your authenticator app shows for Kith"), code);
        clickAndWait(button("Sign in"));
    }
}
