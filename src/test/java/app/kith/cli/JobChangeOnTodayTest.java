package app.kith.cli;

import static app.kith.cli.Cli.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** A re-import that learns of a new job puts a congratulation on kith today. */
class JobChangeOnTodayTest {

    private static final String HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";

    @TempDir
    Path data;

    @TempDir
    Path files;

    private String connections(String name, String row) throws IOException {
        Path file = files.resolve(name);
        Files.writeString(file, HEADER + row);
        return file.toString();
    }

    @Test
    void aNewJobFromAReimportIsOnTodayUntilYouAreInTouch() throws IOException {
        Cli earlier = new Cli(data).on(TODAY.minusDays(10));
        earlier.run("import", "linkedin", connections("first.csv",
                "Ada,Lovelace,https://www.linkedin.com/in/ada,,Acme,Engineer,12 Mar 2024\n"), "--circle", "Yearly");
        Cli kith = new Cli(data).on(TODAY.minusDays(2));
        kith.run("log", "Ada Lovelace", "--on", TODAY.minusDays(3).toString());
        kith.run("import", "linkedin", connections("later.csv",
                "Ada,Lovelace,https://www.linkedin.com/in/ada,,Stripe,Staff Engineer,12 Mar 2024\n"));
        Cli today = new Cli(data);

        JsonNode item = today.json("today", "--json").get("items").get(0);
        String text = today.run("today").out();
        today.run("log", "Ada Lovelace", "--via", "message");

        assertThat(item.get("kind").asString()).isEqualTo("job-change");
        assertThat(item.get("person").get("name").asString()).isEqualTo("Ada Lovelace");
        assertThat(item.get("dueOn").asString()).isEqualTo(TODAY.minusDays(2).toString());
        assertThat(item.get("job").get("role").asString()).isEqualTo("Staff Engineer");
        assertThat(item.get("job").get("companyBefore").asString()).isEqualTo("Acme");
        assertThat(text).contains("Ada Lovelace",
                "Ada moved from Engineer at Acme to Staff Engineer at Stripe: congratulate them?");
        assertThat(today.json("today", "--json").get("items").get(0).get("action").asString()).isEqualTo("logged");
        assertThat(today.on(TODAY.plusDays(1)).json("today", "--json").get("items").size()).isZero();
    }
}
