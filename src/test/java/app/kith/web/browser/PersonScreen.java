package app.kith.web.browser;

import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A person's page ({@code /people/{id}}): what is known about them and the timeline of touchpoints. */
final class PersonScreen extends Screen {

    PersonScreen(WebDriver driver) {
        super(driver);
    }

    /** The timeline's entries as shown, newest first. */
    List<String> timeline() {
        return driver.findElements(By.cssSelector("ol.timeline li")).stream().map(WebElement::getText).toList();
    }

    /** The timeline's entry that says this, found afresh each time: htmx replaces entries in place. */
    WebElement entry(String saying) {
        return waiting().until(d -> d.findElements(By.cssSelector("ol.timeline li")).stream()
                .filter(li -> li.getText().contains(saying)).findFirst().orElse(null));
    }

    /** Opens an entry's form in its place; returns the form. */
    WebElement edit(String saying) {
        tap(button(entry(saying), "Edit"));
        return editing();
    }

    /** The form of the entry being corrected. */
    WebElement editing() {
        return waiting().until(d -> d.findElements(By.cssSelector("ol.timeline li.editing form")).stream().findFirst()
                .orElse(null));
    }

    /** Fills the open form and saves it: waits for what comes back in its place (the timeline, or the refusal). */
    void save(LocalDate on, String channel, String note) {
        WebElement form = editing();
        setDate(control(form, "Date"), on);
        choose(control(form, "Channel"), channel);
        type(control(form, "Note"), note);
        tap(button(form, "Save"));
        waiting().until(ExpectedConditions.stalenessOf(form));
    }

    /** The refusal shown under the open form's date, or nothing. */
    String dateError() {
        return driver.findElements(By.cssSelector("li.editing small.error")).stream().map(WebElement::getText).findFirst()
                .orElse("");
    }

    void cancel() {
        tap(button(editing(), "Cancel"));
        waiting().until(d -> d.findElements(By.cssSelector("ol.timeline li.editing")).isEmpty());
    }

    /** Deletes an entry: an Undo takes its place. */
    void delete(String saying) {
        tap(button(entry(saying), "Delete"));
        waiting().until(d -> !d.findElements(By.cssSelector("ol.timeline li.deleted")).isEmpty());
    }

    /** What took the deleted entry's place. */
    String deleted() {
        return driver.findElement(By.cssSelector("ol.timeline li.deleted")).getText();
    }

    void undo() {
        tap(button(driver.findElement(By.cssSelector("ol.timeline li.deleted")), "Undo"));
        waiting().until(d -> status().startsWith("Brought back"));
    }

    /** What the timeline says was just done ("Changed: …", "Brought back: …"), or nothing. */
    String status() {
        return driver.findElements(By.cssSelector("#timeline-section p.status")).stream().map(WebElement::getText)
                .findFirst().orElse("");
    }

    /** The clock's "Last touch" as shown ("12 days ago"). */
    String lastTouch() {
        return driver.findElement(By.xpath("//section[@id='timing']//dt[normalize-space()='Last touch']/following-sibling::dd"))
                .getText();
    }

    /** Marks the page, so a later {@link #reloaded()} tells whether the browser loaded a new one. */
    void mark() {
        ((JavascriptExecutor) driver).executeScript("window.kithUnchanged = true;");
    }

    boolean reloaded() {
        return !Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return window.kithUnchanged === true;"));
    }
}
