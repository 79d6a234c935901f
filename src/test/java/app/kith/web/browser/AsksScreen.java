package app.kith.web.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** A person's asks section ({@code #asks} on {@code /people/{id}}) and ask items on Today. */
final class AsksScreen extends Screen {

    AsksScreen(WebDriver driver) {
        super(driver);
    }

    /** Records an ask from the person's page and waits for the section to list it. */
    void ask(String firstName, String text) {
        ask(firstName, text, null);
    }

    /** Records an ask made on a day before today ({@code on} null: today, as the form has it). */
    void ask(String firstName, String text, java.time.LocalDate on) {
        WebElement section = driver.findElement(By.id("asks"));
        type(control(section, "Ask " + firstName + " for…"), text);
        if (on != null) {
            setDate(control(section, "Asked on"), on);
        }
        button(section, "Record the ask").click();
        waiting().until(d -> d.findElement(By.id("asks")).getText().contains("Recorded."));
    }

    List<String> listed() {
        return driver.findElements(By.cssSelector("#asks ul.asks > li")).stream().map(WebElement::getText).toList();
    }

    /** The Today item of an ask, found afresh (htmx replaces it). */
    WebElement todayItem(String askId) {
        return driver.findElement(By.cssSelector("li.item.ask[data-ask-id='" + askId + "']"));
    }

    String onlyAskIdOnToday() {
        List<WebElement> items = driver.findElements(By.cssSelector("li.item.ask[data-ask-id]"));
        if (items.size() != 1) {
            throw new AssertionError("expected one ask on Today, found " + items.size());
        }
        return items.get(0).getDomAttribute("data-ask-id");
    }

    /** Answers yes from Today and waits until the item is checked off in place. */
    void answerYesOnToday(String askId) {
        TodayScreen.openMenu(todayItem(askId));
        button(todayItem(askId), "They said yes").click();
        waiting().until(d -> todayItem(askId).getDomAttribute("class").contains("done"));
    }
}
