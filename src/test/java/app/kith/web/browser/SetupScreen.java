package app.kith.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** First-run setup ({@code /setup}): the form that makes the owner's sign-in. */
final class SetupScreen extends Screen {

    SetupScreen(WebDriver driver) {
        super(driver);
    }

    void createOwner(String email, String password) {
        type(driver.findElement(By.name("email")), email);
        type(driver.findElement(By.name("password")), password);
        type(driver.findElement(By.name("again")), password);
        clickAndWait(button("Create the owner account"));
    }
}
