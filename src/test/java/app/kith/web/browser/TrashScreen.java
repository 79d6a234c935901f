package app.kith.web.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The Trash page, and the Undo a page offers right after a delete. */
final class TrashScreen extends Screen {

    TrashScreen(WebDriver driver) {
        super(driver);
    }

    /** What the trash holds, group by group: "Circles: Mentors (1 person)". */
    List<String> items() {
        return driver.findElements(By.cssSelector("section.trash-group")).stream()
                .flatMap(g -> g.findElements(By.cssSelector("li strong")).stream()
                        .map(s -> g.findElement(By.tagName("h2")).getText().replaceAll(" \\d+$", "") + ": " + s.getText()))
                .toList();
    }

    String emptyState() {
        return driver.findElement(By.cssSelector("article.empty")).getText();
    }

    void restore(String what) {
        clickAndWait(button(item(what), "Restore"));
    }

    void deleteNow(String what) {
        clickAndWait(button(item(what), "Delete now"));
    }

    /** The offer to undo the delete just made, as the page says it. */
    String undoOffer() {
        return driver.findElement(By.cssSelector(".banner.undo")).getText();
    }

    void undo() {
        clickAndWait(button(driver.findElement(By.cssSelector(".banner.undo")), "Undo"));
    }

    String notice() {
        return driver.findElement(By.cssSelector("main p.banner[role=status]")).getText();
    }

    private WebElement item(String what) {
        return driver.findElement(By.xpath("//ul[@class='trash']/li[.//strong[normalize-space()=" + literal(what) + "]]"));
    }
}
