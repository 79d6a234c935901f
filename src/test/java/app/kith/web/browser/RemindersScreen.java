package app.kith.web.browser;

import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The reminders and key dates section of a person's page. */
final class RemindersScreen extends Screen {

    RemindersScreen(WebDriver driver) {
        super(driver);
    }

    private WebElement section() {
        return driver.findElement(By.id("reminders"));
    }

    /** Sets a reminder with the "Remind me" form, and waits for the section to list it. */
    void remind(String firstName, LocalDate on, String text) {
        type(control(section(), "Remind me about " + firstName), text);
        setDate(control(section(), "On"), on);
        TodayScreen.press(button(section(), "Remind me"));
        waiting().until(d -> section().getText().contains("Kith will remind you"));
    }

    /** Adds a key date with its form (opened from its summary), and waits for the section to list it. */
    void addDate(String label, LocalDate on, boolean once) {
        TodayScreen.press(button(section(), "Add a key date"));
        type(control(section(), "What"), label);
        setDate(control(section(), "Date"), on);
        if (once) {
            TodayScreen.press(section().findElement(By.name("once")));
        }
        TodayScreen.press(button(section(), "Add the date"));
        waiting().until(d -> section().getText().contains("Added " + label));
    }

    /** The lines of the section's lists: reminders, then key dates. */
    List<String> listed() {
        return section().findElements(By.cssSelector("ul.reminders > li")).stream().map(WebElement::getText).toList();
    }
}
