package app.kith.web.browser;

import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The short form that adds a person ({@code /people/new}). */
final class AddPersonScreen extends Screen {

    AddPersonScreen(WebDriver driver) {
        super(driver);
    }

    void add(String name, String circle, LocalDate lastTouch) {
        type(control("Name"), name);
        choose(control("Circle"), circle);
        setDate(driver.findElement(By.name("lastTouch")), lastTouch);
        clickAndWait(button("Add person"));
    }
}
