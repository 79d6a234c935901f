package app.kith.web.browser;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every page object does: find controls the way a person does, by their label or their
 * button text, and wait for the page a click leads to. Selectors live in the page objects only.
 */
abstract class Screen {

    static final Duration PATIENCE = Duration.ofSeconds(10);

    final WebDriver driver;

    Screen(WebDriver driver) {
        this.driver = driver;
    }

    /** Waits that look again when htmx has just replaced what they were looking at. */
    FluentWait<WebDriver> waiting() {
        return new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class);
    }

    /** The control a {@code <label>} with exactly this text names, in this part of the page. */
    WebElement control(SearchContext in, String label) {
        WebElement tag = in.findElement(By.xpath(".//label[normalize-space()=" + literal(label) + "]"));
        String id = tag.getDomAttribute("for");
        return id != null ? driver.findElement(By.id(id)) : tag.findElement(By.cssSelector("input, select, textarea"));
    }

    WebElement control(String label) {
        return control(driver, label);
    }

    /** A button (or a link or summary acting as one) with exactly this text. */
    static WebElement button(SearchContext in, String text) {
        String t = literal(text);
        return in.findElement(By.xpath(".//button[normalize-space()=" + t + "] | .//input[@type='submit' and @value=" + t
                + "] | .//*[(self::summary or self::a or @role='button') and normalize-space()=" + t + "]"));
    }

    WebElement button(String text) {
        return button(driver, text);
    }

    void type(WebElement control, String text) {
        control.clear();
        control.sendKeys(text);
    }

    /** Picks the option whose text or value is this, ignoring case. */
    static void choose(WebElement select, String option) {
        Select menu = new Select(select);
        List<WebElement> options = menu.getOptions();
        for (WebElement o : options) {
            if (o.getText().trim().equalsIgnoreCase(option) || option.equalsIgnoreCase(o.getDomAttribute("value"))) {
                menu.selectByIndex(options.indexOf(o));
                return;
            }
        }
        throw new AssertionError("no option " + option + " in " + options.stream().map(WebElement::getText).toList());
    }

    /** Sets a date input as its picker would: typing into one depends on the browser's locale. */
    void setDate(WebElement input, java.time.LocalDate day) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, day.toString());
    }

    /**
     * Clicks something that loads a new page, and waits until the new page is there: the old one
     * carries a mark the new one lacks. (Asking the old page's elements whether they are stale can
     * fail with other errors while the browser swaps documents; those only mean "not yet".)
     */
    void clickAndWait(WebElement target) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        String mark = UUID.randomUUID().toString();
        js.executeScript("window.kithPageMark = arguments[0];", mark);
        target.click();
        waiting().ignoring(WebDriverException.class).until(d -> !mark.equals(js.executeScript("return window.kithPageMark;"))
                && "complete".equals(js.executeScript("return document.readyState;")));
    }

    /**
     * Clicks something after bringing it to the middle of the window: on a phone the tab bar stays
     * at the bottom, and a browser clicks what is in view without scrolling, even under the bar.
     */
    void tap(WebElement target) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", target);
        target.click();
    }

    /** The nav's "Sign out" button, on every page behind sign-in. */
    void signOut() {
        clickAndWait(button(driver.findElement(By.cssSelector("header nav")), "Sign out"));
    }

    /** The page's main heading. */
    String heading() {
        return driver.findElement(By.cssSelector("main h1")).getText();
    }

    static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
