package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kith import linkedin-messages, as a user types it: a dry run, the import, the same file again. */
class ImportLinkedInMessagesCommandTest {

    private static final String ME = "https://www.linkedin.com/in/me-myself";
    private static final String FILE = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,"
            + "RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n"
            + "c1,,Me Myself," + ME + ",Ada Lovelace,https://www.linkedin.com/in/ada-l,2024-03-05 14:22:10 UTC,,Hi,INBOX\n"
            + "c1,,Ada Lovelace,https://www.linkedin.com/in/ada-l,Me Myself," + ME + ",2024-03-05 15:00:00 UTC,,Hi!,INBOX\n"
            + "c2,,Me Myself," + ME + ",Linus Torvalds,https://www.linkedin.com/in/linus,2024-05-01 09:00:00 UTC,,Hey,INBOX\n";

    @TempDir
    Path data;

    @TempDir
    Path files;

    private Cli kith;
    private String messages;

    @BeforeEach
    void cliAndAnExport() throws IOException {
        kith = new Cli(data);
        assertThat(kith.run("add", "Ada Lovelace", "--linkedin", "https://linkedin.com/in/Ada-L/").code()).isZero();
        Path file = files.resolve("messages.csv");
        Files.writeString(file, FILE);
        messages = file.toString();
    }

    @Test
    void aDryRunThenTheImportThenTheSameFileAgain() {
        Cli.Result dry = kith.run("import", "linkedin-messages", messages, "--dry-run");
        assertThat(dry.code()).as(dry.toString()).isZero();
        assertThat(dry.out()).contains("Would log (dry run, nothing written) 2 touchpoints with 1 person from 3 messages"
                + " (2 out, 1 in); 1 conversation with people not in Kith; 0 already imported.",
                "You are " + ME, "Import it: kith import linkedin-messages");
        assertThat(kith.json("touchpoints", "Ada Lovelace", "--json").size()).isZero();

        Cli.Result done = kith.run("import", "linkedin-messages", messages);
        assertThat(done.code()).as(done.toString()).isZero();
        assertThat(done.out()).contains("Logged 2 touchpoints with 1 person from 3 messages (2 out, 1 in);"
                + " 1 conversation with people not in Kith; 0 already imported.");
        assertThat(kith.json("touchpoints", "Ada Lovelace", "--json").size()).isEqualTo(2);

        Cli.Result again = kith.run("import", "linkedin-messages", messages, "--me", ME);
        assertThat(again.out()).contains("Logged 0 touchpoints with 0 people", "2 already imported.");
    }

    @Test
    void aBadLineIsNamedAndNothingIsLogged() throws IOException {
        Files.writeString(Path.of(messages), FILE + "c3,,Ada Lovelace,https://www.linkedin.com/in/ada-l,Me Myself," + ME
                + ",not a date,,x,INBOX\n");

        Cli.Result r = kith.run("import", "linkedin-messages", messages);

        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("Line 5 of the file", "nothing was imported");
        assertThat(kith.json("touchpoints", "Ada Lovelace", "--json").size()).isZero();
    }

    @Test
    void helpExplainsWhoYouAre() {
        assertThat(kith.run("import", "--help").out()).contains("linkedin-messages", "--me",
                "sender whose profile is in every");
    }
}
