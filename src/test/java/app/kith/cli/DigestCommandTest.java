package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Today is Monday 2 March 2026: Sam's birthday, and Priya (weekly) is due. */
class DigestCommandTest {

    @TempDir
    Path data;

    private Cli kith;

    @BeforeEach
    void aSmallNetwork() {
        kith = new Cli(data);
        kith.run("add", "Sam <Okafor>", "--birthday", "1990-03-02");
        kith.run("add", "Priya Raman", "--every", "7");
        kith.run("log", "Priya Raman", "--on", "2026-02-20");
    }

    @Test
    void thePreviewPrintsTodaysEmailInBothPartsOrOne() {
        Cli.Result both = kith.run("digest", "--preview");
        assertThat(both.code()).isZero();
        assertThat(both.out()).contains("Subject: Today: Sam <Okafor>, Priya Raman", "Kith · Monday 2 March 2026",
                "BIRTHDAYS", "* Sam <Okafor> — Birthday today (turns 36)", "REACH OUT", "* Priya Raman — ",
                "Done: http://localhost:8080/digest/done?t=", "----- HTML part -----", "Sam &lt;Okafor&gt;");

        String text = kith.run("digest", "--preview", "--text").out();
        assertThat(text).startsWith("Kith · Monday 2 March 2026").doesNotContain("<html");
        String html = kith.run("digest", "--preview", "--html").out();
        assertThat(html).startsWith("<!DOCTYPE html>").contains("Sam &lt;Okafor&gt;").doesNotContain("Sam <Okafor>");
    }

    @Test
    void aTestEmailWithoutAMailServerSaysWhy() {
        kith.input("a-long-enough-password\na-long-enough-password\n", "account", "create", "--email", "me@example.com");
        Cli.Result sent = kith.run("digest", "--send-test");
        assertThat(sent.code()).isEqualTo(1);
        assertThat(sent.err()).contains("no mail server is set up (kith.mail.host)");
    }
}
