package app.kith.web.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The people list ({@code /people}) with its search field and its filters. */
final class PeopleScreen extends Screen {

    PeopleScreen(WebDriver driver) {
        super(driver);
    }

    /** The field that "/" focuses: marked {@code data-search} for kith.js. */
    WebElement search() {
        return driver.findElement(By.cssSelector("main [data-search]"));
    }

    /** The names listed, top to bottom. */
    List<String> names() {
        return driver.findElements(By.cssSelector("table.people tbody a.person-name")).stream().map(WebElement::getText)
                .toList();
    }

    /** What a search marked in the list, top to bottom. */
    List<String> marked() {
        return driver.findElements(By.cssSelector("table.people tbody mark")).stream().map(WebElement::getText).toList();
    }

    /** The row of this person: their name's cell and the rest. */
    WebElement row(String name) {
        return driver.findElement(By.xpath("//table[contains(@class,'people')]//tr[.//a[normalize-space()="
                + literal(name) + "]]"));
    }

    /** The line that says which other field a search matched ("topics: …"), in this person's row. */
    String matched(String name) {
        return row(name).findElement(By.cssSelector(".matched")).getText();
    }

    WebElement filters() {
        return driver.findElement(By.cssSelector("details[data-filters]"));
    }

    boolean filtersOpen() {
        return filters().getDomProperty("open").equals("true");
    }

    WebElement filtersSummary() {
        return filters().findElement(By.tagName("summary"));
    }
}
