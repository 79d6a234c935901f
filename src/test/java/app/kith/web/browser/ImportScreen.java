package app.kith.web.browser;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The import page ({@code /import}): the upload form, the preview, the result. */
final class ImportScreen extends Screen {

    ImportScreen(WebDriver driver) {
        super(driver);
    }

    /** Chooses the file and the circle, asks for the preview, and waits for it (past the progress bar). */
    void preview(String format, Path file, String circle) {
        choose(control("The file is"), format);
        control("File").sendKeys(file.toAbsolutePath().toString());
        choose(control("The new people join"), circle);
        button("Preview the import").click();
        waiting().until(d -> d.getPageSource().contains("Nothing is written yet")
                || !d.findElements(By.cssSelector(".error")).isEmpty());
    }

    String summary() {
        return driver.findElement(By.cssSelector("main p strong")).getText();
    }

    List<String> skipped() {
        return items("ul.skipped li");
    }

    /** The values people are imported without, one line each. */
    List<String> dropped() {
        return items("ul.dropped li");
    }

    /** The group cards and the circles they become. */
    List<String> groups() {
        return items("ul.groups li");
    }

    /** What changes for each person already here. */
    List<String> changed() {
        return items("ul.changed li");
    }

    private List<String> items(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    /** Confirms the preview and waits for the import to be done. */
    void confirm() {
        driver.findElement(By.xpath("//form[@action='/import/confirm']//button")).click();
        waiting().until(d -> d.getPageSource().contains("See your people"));
    }

    String error() {
        return driver.findElement(By.cssSelector(".error")).getText();
    }
}
