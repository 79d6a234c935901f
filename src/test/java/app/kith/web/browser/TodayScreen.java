package app.kith.web.browser;

import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WrapsDriver;

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

    /** Clicks "Show more" and waits until the next ones are on the page (or the button went for good). */
    void showMore() {
        int before = items().size();
        press(driver.findElement(By.cssSelector("#show-more a")));
        waiting().until(d -> items().size() > before || !hasMore());
    }

    boolean hasMore() {
        return !driver.findElements(By.cssSelector("#show-more a")).isEmpty();
    }

    /** "3 of 5 done", "3 of 5 handled · 2 done, 1 skipped". */
    String progress() {
        return driver.findElement(By.id("progress")).getText();
    }

    /** What a finished list says; empty until then. */
    String finished() {
        return driver.findElement(By.id("finished")).getText();
    }

    /** Opens an item's ⋯ menu (its actions other than the first), unless it is open. */
    /**
     * Clicks a control after bringing it to the middle of the window: on a phone the tab bar stays
     * at the bottom, and the browser would otherwise click what is in view under it.
     */
    static void press(WebElement control) {
        ((JavascriptExecutor) ((WrapsDriver) control).getWrappedDriver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", control);
        control.click();
    }

    static void openMenu(WebElement item) {
        WebElement menu = item.findElement(By.cssSelector("details.menu"));
        if (menu.getDomAttribute("open") == null) {
            press(menu.findElement(By.tagName("summary")));
        }
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

        /** Logs a touchpoint from the item (how and a note, in its menu; then "Done"), and waits until it is checked off in place. */
        void done(String channel, String note) {
            openMenu(element());
            choose(control(element(), "How"), channel);
            type(control(element(), "Note"), note);
            press(button(element(), "Done"));
            waiting().until(d -> isDone());
        }

        /** The buttons a person sees on the item without opening anything. */
        List<String> visibleButtons() {
            return element().findElements(By.cssSelector("button, summary")).stream().filter(WebElement::isDisplayed)
                    .map(b -> b.getDomAttribute("aria-label") != null ? b.getDomAttribute("aria-label") : b.getText().strip()).toList();
        }

        /** Clicks the item's one visible action (Done, Followed up, They met…), and waits until it is checked off. */
        void primary() {
            press(element().findElement(By.cssSelector("form.primary button")));
            waiting().until(d -> isDone());
        }

        /** Skips the item from its menu, and waits until it is checked off. */
        void skip() {
            openMenu(element());
            press(button(element(), "Skip"));
            waiting().until(d -> isDone());
        }
    }
}
