package app.kith.web.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** "Who knows…?" ({@code /who}): the search box, the people found, and what one click does from each. */
final class WhoScreen extends Screen {

    WhoScreen(WebDriver driver) {
        super(driver);
    }

    WebElement search() {
        return control("Who knows…");
    }

    /** Types a search and waits for the results htmx brings as you type. */
    void searchFor(String text, String expectedFirst) {
        type(search(), text);
        waiting().until(d -> !names().isEmpty() && names().get(0).equals(expectedFirst));
    }

    /** The names found, best first. */
    List<String> names() {
        return driver.findElements(By.cssSelector("ol.who-results a.person-name")).stream().map(WebElement::getText)
                .toList();
    }

    WebElement result(String name) {
        return driver.findElement(By.xpath("//li[contains(@class,'who-result')][.//a[contains(@class,'person-name')"
                + " and normalize-space()=" + literal(name) + "]]"));
    }

    /** Why this person matched, as the page says it ("role: Tax adviser · topics: tax advice"). */
    String why(String name) {
        return result(name).findElement(By.cssSelector(".why-matched")).getText();
    }

    String lastSpoke(String name) {
        return result(name).findElement(By.cssSelector(".last-spoke")).getText();
    }

    /** Clicks a button of a result and waits for htmx to put its place back with this text in it. */
    void click(String name, String button, String expected) {
        tap(button(result(name), button));
        waiting().until(d -> result(name).getText().contains(expected));
    }

    String text(String name) {
        return result(name).getText();
    }
}
