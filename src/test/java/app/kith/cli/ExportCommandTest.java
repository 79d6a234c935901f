package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kith export, to a file and to standard output, and back in with kith import. */
class ExportCommandTest {

    @TempDir
    Path data;

    @TempDir
    Path files;

    private Cli kith;

    @BeforeEach
    void twoPeople() {
        kith = new Cli(data);
        kith.run("add", "Ada Lovelace", "--email", "ada@example.com", "--circle", "Monthly", "--topics", "math");
        kith.run("add", "Grace Hopper", "--company", "Navy");
    }

    @Test
    void aVCardFileIsWrittenAndImportsBackIntoAnotherDataFolder(@TempDir Path elsewhere) throws IOException {
        Path file = files.resolve("people.vcf");

        Cli.Result exported = kith.run("export", "vcard", file.toString());

        assertThat(exported.code()).as(exported.toString()).isZero();
        assertThat(exported.err()).contains("Wrote 2 people to " + file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("BEGIN:VCARD", "VERSION:4.0", "FN:Ada Lovelace",
                "X-KITH-TOPICS:math");
        Cli other = new Cli(elsewhere);
        assertThat(other.run("import", "vcard", file.toString()).out()).contains("2 created");
        assertThat(other.json("show", "Ada", "--json").get("topics").get(0).asString()).isEqualTo("math");
    }

    @Test
    void withoutAFileTheCsvGoesToStandardOutput() {
        Cli.Result csv = kith.run("export", "csv");

        assertThat(csv.code()).isZero();
        assertThat(csv.out()).contains("Name,Emails,Phones", "Ada Lovelace,ada@example.com", "Grace Hopper,,,Navy");
        Cli.Result monthly = kith.run("export", "csv", "--circle", "Monthly");
        assertThat(monthly.out()).contains("Ada Lovelace").doesNotContain("Grace Hopper");
        Cli.Result unknown = kith.run("export", "pdf");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("FORMAT must be one of csv, vcard, vcard3");
    }
}
