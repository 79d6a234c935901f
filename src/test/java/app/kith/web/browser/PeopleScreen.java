package app.kith.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The people list ({@code /people}) with its search field. */
final class PeopleScreen extends Screen {

    PeopleScreen(WebDriver driver) {
        super(driver);
    }

    /** The field that "/" focuses: marked {@code data-search} for kith.js. */
    WebElement search() {
        return driver.findElement(By.cssSelector("[data-search]"));
    }
}
