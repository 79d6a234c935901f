package app.kith.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Likely duplicates ({@code /people/duplicates}): each pair in its place, acted on there. */
final class DuplicatesScreen extends Screen {

    DuplicatesScreen(WebDriver driver) {
        super(driver);
    }

    /** Clicks a button or link of a pair and waits until htmx has put the next step in the pair's place. */
    void inPlace(WebElement pair, String label) {
        String id = pair.getDomAttribute("id");
        String before = pair.getText(); // not its HTML: htmx marks the clicked control while it waits
        button(pair, label).click();
        waiting().until(d -> !d.findElement(By.id(id)).getText().equals(before));
    }

    /** What the banner at the top says (a merge made or undone). */
    String banner() {
        return driver.findElement(By.cssSelector("main .banner:not(#flash)")).getText();
    }
}
