package app.kith.web.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** A person's page ({@code /people/{id}}): what is known about them and the timeline of touchpoints. */
final class PersonScreen extends Screen {

    PersonScreen(WebDriver driver) {
        super(driver);
    }

    /** The timeline's entries as shown, newest first. */
    List<String> timeline() {
        return driver.findElements(By.cssSelector("ol.timeline li")).stream().map(WebElement::getText).toList();
    }
}
