package app.kith.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The first-run checklist on an empty Today. */
final class FirstRunScreen extends Screen {

    FirstRunScreen(WebDriver driver) {
        super(driver);
    }

    boolean isShown() {
        return !driver.findElements(By.id("first-run-heading")).isEmpty();
    }

    /** The heading of the step marked as the next one. */
    String next() {
        return driver.findElement(By.cssSelector("ol.steps > li[aria-current=step] h3")).getText().replace("✓", "").strip();
    }

    boolean isDone(String step) {
        return step(step).getDomAttribute("class") != null && step(step).getDomAttribute("class").contains("done");
    }

    WebElement step(String heading) {
        return driver.findElement(By.xpath("//ol[@class='steps']/li[.//h3[contains(normalize-space(), " + literal(heading) + ")]]"));
    }

    /** The time zone step's offer of the browser's zone, when it is shown. */
    WebElement useBrowserZone() {
        return step("time zone").findElement(By.cssSelector("form.zone-differs button"));
    }

    void setCapacity(int perDay) {
        type(control(step("How many"), "People a day"), String.valueOf(perDay));
        clickAndWait(button(step("How many"), "Save"));
    }

    void goToToday() {
        clickAndWait(button("Go to Today"));
    }
}
