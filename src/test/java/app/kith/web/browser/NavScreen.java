package app.kith.web.browser;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The main navigation of every page behind sign-in: the top bar (brand, "+ Log", the search) and
 * the sections, a tab bar at the bottom on a phone with the rarer ones under "More".
 */
final class NavScreen extends Screen {

    NavScreen(WebDriver driver) {
        super(driver);
    }

    /** Where something is on the page, in CSS pixels. */
    record Box(String text, double left, double top, double right, double bottom) {
    }

    /** The search field of the nav (not People's own). */
    WebElement search() {
        return driver.findElement(By.id("nav-q"));
    }

    WebElement searchButton() {
        return driver.findElement(By.cssSelector("header nav [role=search] button"));
    }

    /** Presses "/" with the focus on nothing in particular, as someone reading a page would. */
    void pressSlash() {
        new Actions(driver).sendKeys("/").perform();
    }

    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Types a search into the nav's field and sends it: People's page loads with what it found. */
    void searchFor(String text) {
        search().sendKeys(text);
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.kithBeforeSearch = true;");
        search().sendKeys(Keys.ENTER);
        waiting().ignoring(WebDriverException.class).until(d -> js.executeScript("return window.kithBeforeSearch;") == null
                && "complete".equals(js.executeScript("return document.readyState;")));
    }

    /** The visible items of the top bar: the brand, "+ Log", the search. */
    List<Box> topBar() {
        return boxes("header nav > ul.start > li, header nav > [role=search] > input, header nav > [role=search] > button");
    }

    /** The visible sections, in order (Today, People…). */
    List<Box> sections() {
        return boxes("header nav ul.sections > li");
    }

    void openMore() {
        driver.findElement(By.cssSelector("header nav li.more summary")).click();
    }

    /** A link of the "More" menu. */
    WebElement more(String text) {
        return driver.findElement(By.xpath("//header//li[contains(@class,'more')]//a[normalize-space()=" + literal(text) + "]"));
    }

    void goTo(WebElement link) {
        clickAndWait(link);
    }

    @SuppressWarnings("unchecked")
    private List<Box> boxes(String css) {
        List<Map<String, Object>> found = (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeScript("""
                return Array.from(document.querySelectorAll(arguments[0]))
                  .filter(e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
                  .map(e => { const r = e.getBoundingClientRect();
                    return {text: e.innerText.trim(), left: r.left, top: r.top, right: r.right, bottom: r.bottom}; });
                """, css);
        return found.stream().map(m -> new Box((String) m.get("text"), number(m, "left"), number(m, "top"),
                number(m, "right"), number(m, "bottom"))).toList();
    }

    private static double number(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }
}
