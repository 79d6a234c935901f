package app.kith.web.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The quick log: the nav's "+ Log", its dialog, the typeahead of "Who", and what it says once logged. */
final class QuickLogScreen extends Screen {

    QuickLogScreen(WebDriver driver) {
        super(driver);
    }

    WebElement dialog() {
        return driver.findElement(By.id("quick-log"));
    }

    boolean isOpen() {
        return dialog().getDomProperty("open").equals("true");
    }

    /** Opens the dialog from the nav and waits for its form, with the focus in "Who". */
    void open() {
        driver.findElement(By.cssSelector("header nav .quick-log-open")).click();
        waiting().until(d -> isOpen() && !d.findElements(By.id("ql-who")).isEmpty()
                && d.switchTo().activeElement().getDomAttribute("id").equals("ql-who"));
    }

    WebElement who() {
        return driver.findElement(By.id("ql-who"));
    }

    /** Types into "Who" and waits for the matches to drop down. */
    void typeWho(String text) {
        who().sendKeys(text);
        waiting().until(d -> "true".equals(who().getDomAttribute("aria-expanded")) && !options().isEmpty());
    }

    List<WebElement> options() {
        return driver.findElements(By.cssSelector("#ql-who-options [role=option][data-id]"));
    }

    /** The name of the match the arrows have reached. */
    String highlighted() {
        return driver.findElement(By.cssSelector("#ql-who-options [aria-selected=true]")).getDomAttribute("data-name");
    }

    void press(CharSequence key) {
        who().sendKeys(key);
    }

    /** Enter on a highlighted match picks it: the list closes and its id is the form's. */
    String pickWithEnter() {
        press(Keys.ENTER);
        waiting().until(d -> "false".equals(who().getDomAttribute("aria-expanded")));
        return driver.findElement(By.id("ql-who-choice")).getDomProperty("value");
    }

    void fill(String channel, String note) {
        choose(control(dialog(), "How"), channel);
        type(control(dialog(), "Note"), note);
    }

    /** Opens "Remind me later" and fills the reminder's day and text. */
    void remind(java.time.LocalDate on, String text) {
        WebElement later = button(dialog(), "Remind me later");
        if (later.findElement(By.xpath("..")).getDomAttribute("open") == null) {
            later.click();
        }
        setDate(control(dialog(), "Remind me on"), on);
        type(control(dialog(), "About"), text);
    }

    /** Logs and waits for what the dialog says in place. */
    String logIt() {
        button(dialog(), "Log it").click();
        return said();
    }

    String said() {
        return waiting().until(d -> {
            List<WebElement> said = d.findElements(By.cssSelector("#quick-log .quick-log-said"));
            return said.isEmpty() ? null : said.get(0).getText();
        });
    }

    /** Takes it back and waits until the dialog says so. */
    String undo() {
        button(dialog(), "Undo").click();
        waiting().until(d -> d.findElement(By.cssSelector("#quick-log h2")).getText().equals("Undone"));
        return said();
    }

    /** Escape closes the dialog (after closing the list of matches, if it is open). */
    void escape() {
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        waiting().until(d -> !isOpen());
    }
}
