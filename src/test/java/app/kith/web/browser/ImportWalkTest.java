package app.kith.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Account;
import app.kith.account.Accounts;
import app.kith.person.People;
import app.kith.person.PeopleQuery;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A new user brings in their LinkedIn connections in the browser: the file chosen, the preview
 * read (who is created, which lines are skipped and why), confirmed; the pages shot on a phone
 * and a desktop.
 */
class ImportWalkTest extends BrowserTest {

    @Test
    void linkedInConnectionsArePreviewedThenImportedIntoACircle() throws IOException {
        Accounts accounts = server.bean(Accounts.class);
        Account owner = accounts.create(OWNER, PASSWORD).account();
        Path file = Files.createTempDirectory("kith-upload").resolve("Connections.csv");
        try (InputStream in = getClass().getResourceAsStream("/io/linkedin/Connections.csv")) {
            Files.copy(in, file);
        }
        open("/login");
        new SignInScreen(driver).signIn(OWNER, PASSWORD, false);
        assertThat(shoot("import", "/import")).isEmpty();

        openPage("/import");
        ImportScreen screen = new ImportScreen(driver);
        screen.preview("linkedin", file, "Quarterly");

        assertThat(screen.summary()).isEqualTo("7 rows read: 3 people to create, 1 row about someone an earlier row"
                + " brought, merged, 3 rows skipped.");
        assertThat(screen.skipped()).containsExactly("Line 8: no first or last name",
                "Line 9: \"not a date\" is not a date (like 12 Mar 2024)", "Line 12: \"priya@example\" is not a valid email address");
        People people = server.bean(People.class);
        LocalDate today = LocalDate.now(owner.settings().timeZone());
        assertThat(people.list(owner.id(), PeopleQuery.everyone(10), today).total()).isZero();
        Files.write(SCREENSHOTS.resolve("import-preview-1280.png"), browser.fullPageScreenshot());

        screen.confirm();

        assertThat(driver.getPageSource()).contains("Imported Connections.csv.", "3 people created");
        assertThat(people.list(owner.id(), PeopleQuery.everyone(10), today).people())
                .allSatisfy(p -> assertThat(p.circles()).extracting(c -> c.name()).containsExactly("Quarterly"));
        Files.write(SCREENSHOTS.resolve("import-done-1280.png"), browser.fullPageScreenshot());

        // Any other CSV: its columns are guessed, and picked again on the preview.
        Path csv = file.resolveSibling("people.csv");
        Files.writeString(csv, "Full Name,Mail,Org\nAlan Turing,alan@example.com,Bletchley\n");
        openPage("/import");
        screen.preview("csv", csv, "no circle (none of them falls due)");
        assertThat(driver.getPageSource()).contains("Which column holds what", "not read: Org", "Preview with these columns");
        Files.write(SCREENSHOTS.resolve("import-csv-1280.png"), browser.fullPageScreenshot());
    }
}
