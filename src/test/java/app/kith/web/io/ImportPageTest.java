package app.kith.web.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import app.kith.person.People;
import app.kith.person.PeopleQuery;
import app.kith.web.WebSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The import page: upload, preview, confirm; a file that is no export is refused next to the field. */
@ServerTest
class ImportPageTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    @Autowired
    Clock clock;

    @Autowired
    ImportJobs jobs;

    byte[] connections;

    @BeforeEach
    void anExport() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/io/linkedin/Connections.csv")) {
            connections = in.readAllBytes();
        }
    }

    private int count(WebSession session) {
        LocalDate today = accounts.byId(session.accountId()).today(clock);
        return people.list(session.accountId(), PeopleQuery.everyone(100), today).total();
    }

    /** Follows an import to its end, as the page's progress bar does: the job's page until it is no longer running. */
    static WebSession.Page finished(WebSession session, WebSession.Page posted) {
        assertThat(posted.location()).as(posted.toString()).startsWith("/import/jobs/");
        for (int i = 0; i < 300; i++) {
            WebSession.Page page = session.get(posted.location());
            if (!page.body().contains("id=\"import-progress\"")) {
                return page;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the import did not finish");
    }

    static String token(String page) {
        Matcher m = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(page);
        return m.find() ? m.group(1) : null;
    }

    @Test
    void aFileIsPreviewedRowByRowAndImportedOnConfirmation() {
        WebSession session = WebSession.signUp(port, accounts);
        assertThat(session.get("/people").body()).contains("href=\"/import\"");
        assertThat(session.get("/import").body()).contains("enctype=\"multipart/form-data\"", "Preview the import");

        WebSession.Page preview = finished(session, session.upload("/import", Map.of("format", "linkedin", "circle", ""),
                "file", "Connections.csv", connections));

        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body()).contains("What importing Connections.csv would do. Nothing is written yet.",
                "7 rows read: 5 people to create", "1 row about someone an earlier row brought, merged",
                "2 values left out", "1 row skipped", "Line 8 (https://www.linkedin.com/in/nobody): no first or last name",
                "Would be imported without…", "Line 12 (Priya Raman): email", "is not an email address; imported without it",
                "José Núñez", "Import 5 people").doesNotContain("<td>—</td>");
        assertThat(count(session)).isZero();

        WebSession.Page done = finished(session, session.post("/import/confirm", Map.of("token", token(preview.body()))));

        assertThat(done.body()).contains("Imported Connections.csv.", "5 people created", "See your people",
                "Imported without…").doesNotContain("entered twice");
        assertThat(count(session)).isEqualTo(5);
        WebSession.Page again = session.post("/import/confirm", Map.of("token", token(preview.body())));
        assertThat(again.body()).contains("That preview is no longer open");
        assertThat(count(session)).isEqualTo(5);
    }

    @Test
    void whileItRunsThePageShowsAProgressBarThatAsksAgainUntilItIsDone() throws InterruptedException, IOException {
        WebSession session = WebSession.signUp(port, accounts);
        java.util.concurrent.CountDownLatch halfway = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch finish = new java.util.concurrent.CountDownLatch(1);
        String id = jobs.start(session.accountId(), "big.csv", true, Files.createTempFile("big", ".csv"), progress -> {
            progress.report("writing", 420, 1000);
            halfway.countDown();
            try {
                finish.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return new app.kith.io.ImportResult(true, "linkedin", 1000, 1000, 0, 0, 0, java.util.List.of(),
                    java.util.List.of(), java.util.List.of(), 0, null, java.util.List.of(), 0, java.util.List.of(), java.util.List.of());
        });
        halfway.await();

        WebSession.Page running = session.get("/import/jobs/" + id);
        assertThat(running.body()).contains("id=\"import-progress\"", "hx-get=\"/import/jobs/" + id + "\"",
                "hx-trigger=\"every 1s\"", "Writing the people: big.csv (42%)", "<progress value=\"42\" max=\"100\"");
        assertThat(session.htmx("/import/jobs/" + id).isFullPage()).as("a poll gets the bar alone").isFalse();

        finish.countDown();
        WebSession.Page last;
        do {
            last = session.htmx("/import/jobs/" + id);
        } while (last.body().contains("id=\"import-progress\""));
        assertThat(last.header("HX-Refresh")).as("the bar's last poll reloads the page").isEqualTo("true");
        assertThat(session.get("/import/jobs/" + id).body()).contains("Imported big.csv.", "1,000 people created");
        assertThat(WebSession.signUp(port, accounts).get("/import/jobs/" + id).status()).isEqualTo(404);
    }

    @Test
    void aFileThatIsNoExportIsRefusedNextToTheFieldAndNothingIsWritten() {
        WebSession session = WebSession.signUp(port, accounts);
        session.get("/import");

        WebSession.Page refused = finished(session, session.upload("/import", Map.of("format", "linkedin"), "file",
                "notes.txt", "just <b>words</b>".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(refused.errorOf("import-file")).contains("The file is not a LinkedIn connections export");
        WebSession.Page noFile = session.upload("/import", Map.of("format", "linkedin"), "file", "", new byte[0]);
        assertThat(noFile.errorOf("import-file")).isEqualTo("Choose the file to import");
        assertThat(count(session)).isZero();
    }

    @Test
    void anotherSessionCannotConfirmSomeoneElsesPreview() {
        WebSession owner = WebSession.signUp(port, accounts);
        owner.get("/import");
        WebSession.Page posted = owner.upload("/import", Map.of("format", "linkedin"), "file", "Connections.csv", connections);
        String token = token(finished(owner, posted).body());
        WebSession other = WebSession.signUp(port, accounts);
        other.get("/import");

        WebSession.Page refused = other.post("/import/confirm", Map.of("token", token));
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.body()).contains("That preview is no longer open");
        assertThat(other.get(posted.location()).status()).as("another account's import").isEqualTo(404);
        assertThat(count(other)).isZero();
        assertThat(count(owner)).isZero();
    }

    @Test
    void everyoneIsDownloadedFromThePeoplePage() {
        WebSession session = WebSession.signUp(port, accounts);
        session.get("/import");
        finished(session, session.post("/import/confirm", Map.of("token", token(finished(session, session.upload("/import",
                Map.of("format", "linkedin"), "file", "Connections.csv", connections)).body()))));
        assertThat(session.get("/people").body()).contains("href=\"/export/vcard\"", "href=\"/export/csv\"");

        WebSession.Page vcf = session.get("/export/vcard");

        assertThat(vcf.status()).isEqualTo(200);
        assertThat(vcf.header("Content-Disposition")).isEqualTo("attachment; filename=\"kith-people.vcf\"");
        assertThat(vcf.body()).contains("BEGIN:VCARD", "FN:Grace Hopper", "FN:José Núñez");
        assertThat(WebSession.signUp(port, accounts).get("/export/csv").body()).doesNotContain("Grace Hopper");
    }

    @Test
    void aCsvsColumnsArePickedOnThePreviewAndTheImportReadsThem() {
        WebSession session = WebSession.signUp(port, accounts);
        session.get("/import");
        byte[] csv = "Full Name,Mail,Org,Where\nAda Lovelace,ada@example.com,Analytical Engines,London\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        WebSession.Page guessed = finished(session, session.upload("/import", Map.of("format", "csv"), "file", "people.csv",
                csv));
        assertThat(guessed.body()).contains("action=\"/import/columns\"", "<label for=\"map-company\">Company</label>",
                "<option value=\"Full Name\" selected>Full Name</option>", "<option value=\"Org\">Org</option>");

        WebSession.Page picked = finished(session, session.post("/import/columns", Map.of("token", token(guessed.body()),
                "map_name", "Full Name", "map_emails", "Mail", "map_company", "Org", "map_location", "Where")));
        assertThat(picked.body()).contains("<option value=\"Org\" selected>Org</option>", "1 person to create");

        finished(session, session.post("/import/confirm", Map.of("token", token(picked.body()))));
        LocalDate today = accounts.byId(session.accountId()).today(clock);
        assertThat(people.list(session.accountId(), PeopleQuery.everyone(10), today).people()).singleElement()
                .satisfies(ada -> {
                    assertThat(ada.company()).isEqualTo("Analytical Engines");
                    assertThat(ada.location()).isEqualTo("London");
                    assertThat(ada.emails()).containsExactly("ada@example.com");
                });
    }

    @Test
    void afterAnImportPeopleWhoLookEnteredTwiceAreSignalled() {
        WebSession session = WebSession.signUp(port, accounts);
        LocalDate today = accounts.byId(session.accountId()).today(clock);
        people.add(session.accountId(), new app.kith.person.PersonDraft("Ada Lovelace", java.util.List.of(), java.util.List.of(),
                "Analytical Engines", null, null, null, null, null, java.util.List.of(), null, null, null,
                java.util.List.of(), null, java.util.List.of()), today);
        session.get("/import");

        WebSession.Page preview = finished(session, session.upload("/import", Map.of("format", "linkedin"), "file",
                "Connections.csv", connections));
        WebSession.Page done = finished(session, session.post("/import/confirm", Map.of("token", token(preview.body()))));

        assertThat(done.body()).contains("1 pair of people look like one person entered twice",
                "href=\"/people/duplicates\"");
    }

    @Test
    void aJsonExportIsRestoredIntoAnotherEmptyAccountFromThePage() {
        WebSession owner = WebSession.signUp(port, accounts);
        owner.get("/import");
        finished(owner, owner.post("/import/confirm", Map.of("token", token(finished(owner, owner.upload("/import",
                Map.of("format", "linkedin"), "file", "Connections.csv", connections)).body()))));
        byte[] json = owner.get("/export/json").body().getBytes(java.nio.charset.StandardCharsets.UTF_8);

        WebSession fresh = WebSession.signUp(port, accounts);
        fresh.get("/import");
        WebSession.Page preview = finished(fresh, fresh.upload("/import", Map.of("format", "json"), "file",
                "kith-export.json", json));
        assertThat(preview.body()).contains("5 rows read: 5 people to create");
        assertThat(count(fresh)).isZero();
        finished(fresh, fresh.post("/import/confirm", Map.of("token", token(preview.body()))));
        assertThat(count(fresh)).isEqualTo(5);

        WebSession.Page again = finished(owner, owner.upload("/import", Map.of("format", "json"), "file",
                "kith-export.json", json));
        assertThat(again.errorOf("import-file")).contains("A JSON export goes into an empty Kith");
    }

    @Test
    void aReimportShowsWhatChangesAndThePersonsTimelineKeepsTheNewJob() {
        WebSession session = WebSession.signUp(port, accounts);
        session.get("/import");
        String header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";
        byte[] first = (header + "Ada,Lovelace,https://www.linkedin.com/in/ada,,Acme,Engineer,12 Mar 2024\n").getBytes();
        byte[] newer = (header + "Ada,Lovelace,https://www.linkedin.com/in/ada,,Stripe,Staff Engineer,12 Mar 2024\n")
                .getBytes();
        finished(session, session.post("/import/confirm", Map.of("token", token(finished(session, session.upload("/import",
                Map.of("format", "linkedin"), "file", "Connections.csv", first)).body()))));

        WebSession.Page preview = finished(session, session.upload("/import", Map.of("format", "linkedin"), "file",
                "Connections.csv", newer));

        assertThat(preview.body()).contains("What changes for people already here", ">Ada Lovelace</a>: role Engineer → Staff"
                + " Engineer, company Acme → Stripe", "Import 0 people and update 1");
        WebSession.Page done = finished(session, session.post("/import/confirm", Map.of("token", token(preview.body()))));
        assertThat(done.body()).contains("What changed for people already here");
        long ada = people.search(session.accountId(), "Ada", 1, 0).get(0).id();
        assertThat(session.get("/people/" + ada).body()).contains("class=\"profile-change\"",
                "from LinkedIn import", "Role: Engineer at Acme → Staff Engineer at Stripe");
    }

    @Test
    void anIcloudFileShowsItsGroupsAsCirclesAndWhatEachPersonIsImportedWithout() throws IOException {
        WebSession session = WebSession.signUp(port, accounts);
        session.get("/import");
        byte[] icloud;
        try (InputStream in = getClass().getResourceAsStream("/io/vcard/icloud-groups-3.0.vcf")) {
            icloud = in.readAllBytes();
        }

        WebSession.Page preview = finished(session, session.upload("/import", Map.of("format", "vcard"), "file",
                "iCloud vCards.vcf", icloud));

        assertThat(preview.body()).contains("7 rows read: 5 people to create, 2 group cards to make circles, 3 values left out.",
                "Group 'Family' → circle with 4 people",
                "It would make these circles, without a rhythm: Family, Book Club", "Would be imported without…",
                "Line 41 (Ngozi Okafor): birthday '1958-02-30' is not a date; imported without it",
                "Line 53 (Tom Okafor): phone 'call me maybe' is not a phone number", "Import 5 people");
    }
}
