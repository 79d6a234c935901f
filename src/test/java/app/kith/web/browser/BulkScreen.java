package app.kith.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The People list's bulk form: the boxes of the rows, "All N matching", the change and Apply. */
final class BulkScreen extends Screen {

    BulkScreen(WebDriver driver) {
        super(driver);
    }

    void tick(String name) {
        driver.findElement(By.cssSelector("input[form=bulk][aria-label=" + cssString("Select " + name) + "]")).click();
    }

    void tickAllMatching() {
        driver.findElement(By.cssSelector("[data-bulk-all]")).click();
    }

    /** What the form says is selected ("3 selected", "Everyone matching is selected"). */
    String count() {
        return driver.findElement(By.cssSelector("[data-bulk-count]")).getText();
    }

    void change(String action) {
        choose(driver.findElement(By.id("bulk-action")), action);
    }

    WebElement rhythm() {
        return driver.findElement(By.id("bulk-rhythm"));
    }

    WebElement circle() {
        return driver.findElement(By.id("bulk-circle"));
    }

    /** Applies the change and waits for the list to come back in place, saying what was done. */
    String apply() {
        WebElement old = driver.findElement(By.id("bulk"));
        button(old, "Apply").click();
        waiting().until(d -> {
            try {
                old.isDisplayed();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
            }
        });
        return notice();
    }

    String notice() {
        return waiting().until(d -> d.findElement(By.cssSelector("#results .banner")).getText());
    }

    /** The notice's Undo, and waits for the list to say what it restored. */
    String undo() {
        button(driver.findElement(By.cssSelector("#results .banner")), "Undo").click();
        waiting().until(d -> d.findElement(By.cssSelector("#results .banner")).getText().startsWith("Restored"));
        return notice();
    }

    /** Types into the search and waits for the results of that search. */
    void search(String text) {
        WebElement search = driver.findElement(By.cssSelector("[data-search]"));
        search.sendKeys(text);
        waiting().until(d -> d.getCurrentUrl().contains("q=" + text));
    }

    private static String cssString(String text) {
        return "'" + text.replace("'", "\\'") + "'";
    }
}
