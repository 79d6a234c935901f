package app.kith.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Account;
import app.kith.account.Accounts;
import app.kith.person.People;
import app.kith.person.PeopleQuery;
import app.kith.person.PersonDraft;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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

        assertThat(screen.summary()).isEqualTo("7 rows read: 5 people to create, 1 row about someone an earlier row"
                + " brought, merged, 2 values left out, 1 row skipped.");
        assertThat(screen.skipped()).containsExactly("Line 8 (https://www.linkedin.com/in/nobody): no first or last name");
        assertThat(screen.dropped()).containsExactly(
                "Line 9 (Sam Okafor): Connected On 'not a date' is not a date; imported without it",
                "Line 12 (Priya Raman): email 'priya@example' is not an email address; imported without it");
        People people = server.bean(People.class);
        LocalDate today = LocalDate.now(owner.settings().timeZone());
        assertThat(people.list(owner.id(), PeopleQuery.everyone(10), today).total()).isZero();
        Files.write(SCREENSHOTS.resolve("import-preview-1280.png"), browser.fullPageScreenshot());

        screen.confirm();

        assertThat(driver.getPageSource()).contains("Imported Connections.csv.", "5 people created");
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

    @Test
    void anIcloudExportsGroupsBecomeCirclesAndAReimportSaysWhatChanged() throws IOException {
        Accounts accounts = server.bean(Accounts.class);
        Account owner = accounts.create("groups@example.com", PASSWORD).account();
        People people = server.bean(People.class);
        LocalDate today = LocalDate.now(owner.settings().timeZone());
        long priya = people.add(owner.id(), new PersonDraft("Priya Raman", List.of("priya@fathom.example"), List.of(),
                "Acme", "Analyst", null, null, null, null, List.of(), null, null, null, List.of(), null), today).id();
        Path file = Files.createTempDirectory("kith-upload").resolve("iCloud vCards.vcf");
        try (InputStream in = getClass().getResourceAsStream("/io/vcard/icloud-groups-3.0.vcf")) {
            Files.copy(in, file);
        }
        forgetCookies();
        open("/login");
        new SignInScreen(driver).signIn("groups@example.com", PASSWORD, false);

        openPage("/import");
        ImportScreen screen = new ImportScreen(driver);
        screen.preview("vcard", file, "no circle (none of them falls due)");

        assertThat(screen.groups()).containsExactly("Group 'Family' → circle with 4 people",
                "Group 'Book Club' → circle with 2 people (1 member not in the file)");
        assertThat(screen.changed()).containsExactly("Priya Raman: role Analyst → Head of Data, company Acme → Fathom,"
                + " joins Book Club");
        assertThat(screen.dropped()).hasSize(3).first().asString()
                .isEqualTo("Line 41 (Ngozi Okafor): birthday '1958-02-30' is not a date; imported without it");
        assertThat(shoot("import-groups-preview", path())).isEmpty();

        screen.confirm();

        assertThat(driver.getPageSource()).contains("What changed for people already here");
        assertThat(people.get(owner.id(), priya).circles()).extracting(c -> c.name()).containsExactly("Book Club");
        assertThat(shoot("import-groups-done", path())).isEmpty();
        openPage("/people/" + priya);
        assertThat(driver.findElement(org.openqa.selenium.By.cssSelector("li.profile-change")).getText())
                .contains("from vCard import", "Role: Analyst at Acme → Head of Data at Fathom");
        assertThat(shoot("person-profile-change", "/people/" + priya)).isEmpty();
    }
}
