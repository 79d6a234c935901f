package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** kith import, as a user types it: a dry run first, then the import, then the same file again. */
class ImportCommandTest {

    @TempDir
    Path data;

    @TempDir
    Path files;

    private Cli kith;
    private String connections;

    @BeforeEach
    void cliAndAnExport() throws IOException {
        kith = new Cli(data);
        Path file = files.resolve("Connections.csv");
        try (InputStream in = getClass().getResourceAsStream("/io/linkedin/Connections.csv")) {
            Files.copy(in, file);
        }
        connections = file.toString();
    }

    @Test
    void aDryRunSaysWhatWouldHappenWithEachSkippedLineAndWritesNothing() {
        Cli.Result dry = kith.run("import", "linkedin", connections, "--dry-run");

        assertThat(dry.code()).as(dry.toString()).isZero();
        assertThat(dry.out()).contains("Would import (dry run, nothing written) Connections.csv: 7 rows read; 5 to create",
                "1 merged into an earlier row", "1 skipped", "line 8 (https://www.linkedin.com/in/nobody): no first or last name",
                "Would be imported without:", "  line 9 (Sam Okafor): Connected On 'not a date' is not a date; imported without it",
                "  line 12 (Priya Raman): email 'priya@example' is not an email address; imported without it",
                "Import it: kith import linkedin");
        assertThat(kith.json("people", "--json").size()).isZero();
    }

    @Test
    void theImportCreatesThePeopleAndTheSameFileAgainCreatesNobody() {
        Cli.Result first = kith.run("import", "linkedin", connections, "--circle", "Quarterly");
        assertThat(first.code()).as(first.toString()).isZero();
        assertThat(first.out()).contains("Imported Connections.csv: 7 rows read; 5 created");
        JsonNode people = kith.json("people", "--json");
        assertThat(people.size()).isEqualTo(5);
        assertThat(people.get(0).get("circles").get(0).get("name").asString()).isEqualTo("Quarterly");

        JsonNode again = kith.json("import", "linkedin", connections, "--json");

        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(6);
        assertThat(again.get("skipped").size()).isEqualTo(1);
        assertThat(again.get("skipped").get(0).get("line").asInt()).isEqualTo(8);
        assertThat(kith.json("people", "--json").size()).isEqualTo(5);
    }

    @Test
    void afterAnImportPeopleWhoLookEnteredTwiceAreSignalled() {
        kith.run("add", "Ada Lovelace", "--company", "Analytical Engines");

        Cli.Result imported = kith.run("import", "linkedin", connections);

        assertThat(imported.out()).contains("1 pair of people look like one person entered twice: kith dupes");
        assertThat(kith.run("dupes").out()).contains("same name and company (Analytical Engines)");
    }

    @Test
    void aMissingFileAnUnknownFormatOrCircleIsRefusedWithCodeOne() {
        Cli.Result missing = kith.run("import", "linkedin", files.resolve("nope.csv").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("no file");
        Cli.Result format = kith.run("import", "myspace", connections);
        assertThat(format.code()).isEqualTo(1);
        assertThat(format.err()).contains("FORMAT must be one of linkedin");
        Cli.Result circle = kith.run("import", "linkedin", connections, "--circle", "Mentors");
        assertThat(circle.code()).isEqualTo(1);
        assertThat(circle.err()).contains("there is no circle \"Mentors\"");
        assertThat(kith.json("people", "--json").size()).isZero();
    }

    @Test
    void aGoogleExportIsImportedWithItsGroupsAsCircles() throws IOException {
        Path google = files.resolve("contacts.csv");
        try (InputStream in = getClass().getResourceAsStream("/io/google/google-2023.csv")) {
            Files.copy(in, google);
        }

        Cli.Result result = kith.run("import", "google", google.toString());

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).contains("Imported contacts.csv: 5 rows read; 4 created",
                "New circles (no rhythm yet): Clients, Friends, Navy", "line 7 (empty): no name, email or company");
        assertThat(kith.json("people", "--json").size()).isEqualTo(4);
    }

    @Test
    void aPlainCsvIsReadThroughTheColumnsGivenOrGuessed() throws IOException {
        Path sheet = files.resolve("people.csv");
        Files.writeString(sheet, "Nom,Courriel,Ville\nAda Lovelace,ada@example.com,London\n,,Paris\n");

        Cli.Result guess = kith.run("import", "csv", sheet.toString(), "--dry-run");
        assertThat(guess.code()).isEqualTo(1);
        assertThat(guess.err()).contains("no column looks like a name or an email", "Nom, Courriel, Ville");

        Cli.Result dry = kith.run("import", "csv", sheet.toString(), "--map", "name=Nom", "--map", "emails=Courriel",
                "--map", "location=Ville", "--dry-run");
        assertThat(dry.code()).as(dry.toString()).isZero();
        assertThat(dry.out()).contains("2 rows read; 1 to create", "Columns: name=Nom, emails=Courriel, location=Ville",
                "line 3 (Paris): no name or email",
                "Import it: kith import csv " + sheet + " --map name=\"Nom\" --map emails=\"Courriel\" --map location=\"Ville\"");

        Cli.Result applied = kith.run("import", "csv", sheet.toString(), "--map", "name=Nom", "--map", "emails=Courriel",
                "--map", "location=Ville");
        assertThat(applied.code()).as(applied.toString()).isZero();
        assertThat(kith.json("people", "--json").get(0).get("location").asString()).isEqualTo("London");

        Cli.Result unknown = kith.run("import", "csv", sheet.toString(), "--map", "name=Name");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("the file has no column \"Name\"");
        Cli.Result notCsv = kith.run("import", "google", sheet.toString(), "--map", "name=Nom");
        assertThat(notCsv.code()).isEqualTo(1);
        assertThat(notCsv.err()).contains("--map is for kith import csv");
    }

    @Test
    void aJsonExportWithAnAskWithoutHistoryIsRefusedNamingTheAskAndWritesNothing(@TempDir Path elsewhere)
            throws IOException {
        kith.run("add", "Sam Stone");
        kith.run("ask", "sam", "an intro to Priya");
        Path export = files.resolve("kith.json");
        assertThat(kith.run("export", "json", export.toString()).code()).isZero();
        String json = Files.readString(export);
        Path emptied = files.resolve("emptied.json");
        Files.writeString(emptied, json.replaceFirst("(?s)\"events\" : \\[.*?\\]", "\"events\" : [ ]"));
        Path undated = files.resolve("undated.json");
        Files.writeString(undated, json.replaceFirst("\"askedOn\" : \"[0-9-]+\"", "\"askedOn\" : null"));
        Cli.Result sound = new Cli(elsewhere).run("import", "json", export.toString(), "--dry-run");
        assertThat(sound.code()).as(sound.toString()).isZero();

        Cli.Result refused = new Cli(elsewhere).run("import", "json", emptied.toString());
        Cli.Result noDate = new Cli(elsewhere).run("import", "json", undated.toString());

        assertThat(refused.code()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.err()).contains("taking back what it wrote").contains("kith: The file is not a Kith JSON export: ask 1 (\"an intro to Priya\")"
                + " needs a history that starts with \"asked\"").doesNotContain("Exception");
        assertThat(noDate.code()).as(noDate.toString()).isEqualTo(1);
        assertThat(noDate.err()).contains("ask 1 (\"an intro to Priya\") has no \"askedOn\" date");
        assertThat(new Cli(elsewhere).json("people", "--json").size()).isZero();
    }

    @Test
    void anIcloudExportsGroupsBecomeCirclesAndABadValueIsLeftOutOfItsPerson() throws IOException {
        Path vcf = files.resolve("iCloud vCards.vcf");
        try (InputStream in = getClass().getResourceAsStream("/io/vcard/icloud-groups-3.0.vcf")) {
            Files.copy(in, vcf);
        }

        Cli.Result result = kith.run("import", "vcard", vcf.toString());

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).contains("7 rows read; 5 created", "New circles (no rhythm yet): Family, Book Club",
                "Group 'Family' → circle with 4 people",
                "Group 'Book Club' → circle with 2 people (1 member not in the file)", "Imported without:",
                "  line 41 (Ngozi Okafor): birthday '1958-02-30' is not a date; imported without it",
                "  line 53 (Tom Okafor): phone 'call me maybe' is not a phone number; imported without it");
        assertThat(kith.json("people", "--json").size()).isEqualTo(5);
        assertThat(kith.run("circle", "list").out()).contains("Family", "Book Club");
    }

    @Test
    void aReimportSaysWhatChangedAndShowKeepsTheNewJob() throws IOException {
        String header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";
        Path first = files.resolve("first.csv");
        Files.writeString(first, header + "Ada,Lovelace,https://www.linkedin.com/in/ada,,Acme,Engineer,12 Mar 2024\n");
        Path later = files.resolve("later.csv");
        Files.writeString(later, header + "Ada,Lovelace,https://www.linkedin.com/in/ada,,Stripe,Staff Engineer,12 Mar 2024\n");
        kith.run("import", "linkedin", first.toString());

        Cli.Result dry = kith.run("import", "linkedin", later.toString(), "--dry-run");
        Cli.Result applied = kith.run("import", "linkedin", later.toString());

        assertThat(dry.out()).contains("Would change:", "role Engineer → Staff Engineer, company Acme → Stripe");
        assertThat(applied.out()).contains("1 updated", "Changed:",
                "Ada Lovelace (#", "): role Engineer → Staff Engineer, company Acme → Stripe");
        assertThat(kith.run("show", "Ada").out()).contains("Profile changes:",
                "Role: Engineer at Acme → Staff Engineer at Stripe (from LinkedIn import)");
    }
}
