package app.kith.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The sign-in page ({@code /login}). */
final class SignInScreen extends Screen {

    SignInScreen(WebDriver driver) {
        super(driver);
    }

    void signIn(String email, String password, boolean remember) {
        type(control("Email"), email);
        type(control("Password"), password);
        WebElement keep = driver.findElement(By.name("remember"));
        if (keep.isSelected() != remember) {
            keep.click();
        }
        clickAndWait(button("Sign in"));
    }

    /** What the page says above the form (a failed sign-in, signed out), or null. */
    String message() {
        return driver.findElements(By.cssSelector("main article > [role=alert], main article > [role=status]")).stream()
                .map(WebElement::getText).findFirst().orElse(null);
    }

    String typedEmail() {
        return control("Email").getDomProperty("value");
    }

    String typedPassword() {
        return control("Password").getDomProperty("value");
    }
}
