package app.kith.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The person forms in a real browser: every wrong field is said at once next to it, with what was
 * typed kept, and a birthday is a month, a day and the year when known (person-edit-*.png).
 */
class FormErrorsBrowserTest extends BrowserTest {

    static long owner;
    static Person ada;

    @BeforeAll
    static void ada() {
        owner = server.bean(Accounts.class).create(OWNER, PASSWORD).account().id();
        ada = server.bean(People.class).add(owner, new PersonDraft("Ada Lovelace", List.of("ada@example.com"), null,
                "Analytical Engines", "Mathematician", "London", null, "--12-10", null, List.of("math"), null, null, null,
                null, null), LocalDate.now());
        open("/login");
        new SignInScreen(driver).signIn(OWNER, PASSWORD, false);
    }

    private static String errorOf(String id) {
        return driver.findElement(By.id(id + "-error")).getText();
    }

    @Test
    void theEditFormSaysEveryWrongFieldAtOnceAndKeepsWhatWasTyped() throws Exception {
        openPage("/people/" + ada.id() + "/edit");
        EditScreen form = new EditScreen(driver);
        assertThat(form.selected("Month")).isEqualTo("December");
        assertThat(form.control("Day").getDomProperty("value")).isEqualTo("10");
        assertThat(form.control("Year").getDomProperty("value")).isEmpty();
        assertThat(shootEveryWay("person-edit", "/people/" + ada.id() + "/edit")).isEmpty();

        form.type(form.control("Name"), " ");
        form.type(form.control("Emails"), "ada@");
        form.type(form.control("Day"), "31");
        Screen.choose(form.control("Month"), "February");
        form.type(form.control("Year"), "1990");
        form.type(form.control("Rhythm (days)"), "0");
        form.clickAndWait(form.button("Save changes"));

        assertThat(errorOf("name")).isEqualTo("Name is required");
        assertThat(errorOf("emails")).isEqualTo("\"ada@\" is not a valid email address");
        assertThat(errorOf("birthday")).isEqualTo("There is no day 31 in February: use 1 to 29");
        assertThat(errorOf("rhythmDays")).isEqualTo("Rhythm must be at least 1 day, not 0");
        assertThat(form.control("Emails").getDomProperty("value")).isEqualTo("ada@");
        assertThat(form.control("Year").getDomProperty("value")).isEqualTo("1990");
        assertThat(shootAsItIs("person-edit-errors")).isEmpty();
        browser.viewport(Browser.PHONE_WIDTH);
        for (String part : List.of("Day", "Year")) {
            assertThat((Boolean) driver.executeScript("return arguments[0].scrollWidth <= arguments[0].clientWidth;",
                    form.control(part))).as("what is typed in %s fits its box on a phone", part).isTrue();
        }
        browser.viewport(Browser.DESKTOP_WIDTH);

        form.type(form.control("Name"), "Ada Lovelace");
        form.type(form.control("Emails"), "ada@example.com");
        form.type(form.control("Day"), "10");
        Screen.choose(form.control("Month"), "December");
        form.type(form.control("Rhythm (days)"), "");
        form.clickAndWait(form.button("Save changes"));

        assertThat(driver.findElements(By.cssSelector(".error"))).isEmpty();
        assertThat(server.bean(People.class).get(owner, ada.id()).birthday()).isEqualTo("1990-12-10");
        assertThat(driver.findElement(By.cssSelector("dl.facts")).getText()).contains("10 December 1990");
    }

    /** The edit form, its controls found by their labels. */
    static final class EditScreen extends Screen {

        EditScreen(org.openqa.selenium.WebDriver driver) {
            super(driver);
        }

        String selected(String label) {
            WebElement select = control(label);
            return new org.openqa.selenium.support.ui.Select(select).getFirstSelectedOption().getText();
        }
    }
}
