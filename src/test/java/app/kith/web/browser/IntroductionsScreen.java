package app.kith.web.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** A person's introductions section ({@code #introductions} on {@code /people/{id}}) and introduction items on Today. */
final class IntroductionsScreen extends Screen {

    IntroductionsScreen(WebDriver driver) {
        super(driver);
    }

    private WebElement section() {
        return driver.findElement(By.id("introductions"));
    }

    /** The suggestions Kith makes for what the person is looking for, as shown. */
    List<String> suggestions() {
        return section().findElements(By.cssSelector("ul.suggestions > li")).stream().map(WebElement::getText).toList();
    }

    /** Proposes the first suggestion and waits for the section to say so. */
    void proposeFirstSuggestion() {
        button(section().findElement(By.cssSelector("ul.suggestions > li")), "Propose").click();
        waiting().until(d -> section().getText().contains("Proposed."));
    }

    /** The one introduction the section lists, found afresh (htmx replaces the section). */
    WebElement only() {
        List<WebElement> rows = section().findElements(By.cssSelector("ul.intros > li"));
        if (rows.size() != 1) {
            throw new AssertionError("expected one introduction, found " + rows.size());
        }
        return rows.get(0);
    }

    /** Clicks a step's button and waits until the section shows what it leads to. */
    void step(String button, String then) {
        button(only(), button).click();
        waiting().until(d -> only().getText().contains(then));
    }

    /** Opens the messages of the introduction and returns the text of the one labelled so. */
    String message(String label) {
        WebElement row = only();
        WebElement summary = button(row, "Message");
        if (row.findElement(By.tagName("details")).getDomAttribute("open") == null) {
            summary.click();
        }
        return control(row, label).getDomProperty("value");
    }

    /** Where the Email link beside a message points. */
    String mailto(String label) {
        WebElement text = control(only(), label);
        return driver.findElement(By.id(text.getDomAttribute("data-mailto"))).getDomAttribute("href");
    }

    /** The Today item of an introduction, found afresh (htmx replaces it). */
    WebElement todayItem(long introId) {
        return driver.findElement(By.cssSelector("li.item.intro[data-intro-id='" + introId + "']"));
    }

    /** Takes a step from the item: its one visible action, or one in its menu. */
    void outcomeOnToday(long introId, String button) {
        if (!button(todayItem(introId), button).isDisplayed()) {
            TodayScreen.openMenu(todayItem(introId));
        }
        button(todayItem(introId), button).click();
        waiting().until(d -> todayItem(introId).getDomAttribute("class").contains("done"));
    }
}
