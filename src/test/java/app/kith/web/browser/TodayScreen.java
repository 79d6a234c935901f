package app.kith.web.browser;

import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Today ({@code /today}): the plan, one {@code li.item} per person or follow-up. */
final class TodayScreen extends Screen {

    static final By ITEMS = By.cssSelector("li.item[data-item]");

    TodayScreen(WebDriver driver) {
        super(driver);
    }

    List<Item> items() {
        return driver.findElements(ITEMS).stream().map(e -> new Item(e.getDomAttribute("data-person-id"))).toList();
    }

    /** The item whose person has this name (the name is the item's link). */
    Optional<Item> item(String name) {
        return driver.findElements(ITEMS).stream()
                .filter(e -> e.findElements(By.xpath(".//a[normalize-space()=" + literal(name) + "]")).size() > 0)
                .map(e -> new Item(e.getDomAttribute("data-person-id"))).findFirst();
    }

    /** Marks the page, so a later {@link #reloaded()} tells whether the browser loaded a new one. */
    void mark() {
        ((JavascriptExecutor) driver).executeScript("window.kithUnchanged = true;");
    }

    boolean reloaded() {
        return !Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return window.kithUnchanged === true;"));
    }

    /** One item, found afresh each time: htmx replaces it in place. */
    final class Item {

        private final String personId;

        Item(String personId) {
            this.personId = personId;
        }

        long personId() {
            return Long.parseLong(personId);
        }

        WebElement element() {
            return driver.findElement(By.cssSelector("li.item[data-item][data-person-id='" + personId + "']"));
        }

        boolean isDone() {
            return element().getDomAttribute("class").contains("done");
        }

        String text() {
            return element().getText();
        }

        /** Logs a touchpoint from the item (its channel, a note, "Done"), and waits until it is checked off in place. */
        void done(String channel, String note) {
            choose(control(element(), "Channel"), channel);
            type(control(element(), "Note"), note);
            button(element(), "Done").click();
            waiting().until(d -> isDone());
        }
    }
}
