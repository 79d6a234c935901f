package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.mail.TestMailbox;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kith mailbox and kith import mbox, as a user types them, against a real IMAP server. */
class MailboxCommandTest {

    @TempDir
    Path data;

    @TempDir
    Path files;

    private Cli kith;
    private TestMailbox mail;

    @BeforeEach
    void peopleAndAMailbox() throws Exception {
        kith = new Cli(data);
        assertThat(kith.run("add", "Ada Lovelace", "--email", "ada@example.com").code()).isZero();
        assertThat(kith.run("add", "Grace Hopper", "--email", "grace@example.com").code()).isZero();
        mail = new TestMailbox();
        mail.fill(0, 100);
    }

    @AfterEach
    void stop() {
        mail.close();
    }

    @Test
    void connectSyncStatusIgnoreSuggestionsAndDisconnect() {
        String port = String.valueOf(mail.port);
        Cli.Result wrong = kith.input("not-the-password\n", "mailbox", "connect", "--host", "127.0.0.1", "--port", port,
                "--no-tls", "--user", TestMailbox.LOGIN);
        assertThat(wrong.code()).isNotZero();
        assertThat(wrong.err()).contains("refused this user and password", "app password");

        Cli.Result connected = kith.input(TestMailbox.PASSWORD + "\n", "mailbox", "connect", "--host", "127.0.0.1",
                "--port", port, "--no-tls", "--user", TestMailbox.LOGIN);
        assertThat(connected.code()).as(connected.toString()).isZero();
        assertThat(connected.out()).contains("Connected me at 127.0.0.1:" + port);
        assertThat(data.resolve("secret.key")).exists();

        Cli.Result sync = kith.run("mailbox", "sync");
        assertThat(sync.code()).as(sync.toString()).isZero();
        assertThat(sync.out()).contains("Read 100 new messages (100 not seen before): 70 touchpoints with 2 people.");
        assertThat(kith.json("touchpoints", "Ada Lovelace", "--json").size()).isEqualTo(40);
        assertThat(kith.run("mailbox", "sync").out()).contains("Read 0 new messages");

        assertThat(kith.run("mailbox", "status").out()).contains("me at 127.0.0.1:" + port + " (no TLS)",
                "(0 messages read, 0 touchpoints added)", "Ignored: nothing");
        assertThat(kith.run("mailbox", "ignore", "@Spam.example").out()).contains("Ignored: @spam.example");
        assertThat(kith.run("mailbox", "ignore", "not an address").err()).contains("Say an email address");
        assertThat(kith.run("mailbox", "suggestions").out()).contains("Stranger 2 <stranger2@elsewhere.example>");
        Cli.Result added = kith.run("mailbox", "suggestions", "--add", "stranger2@elsewhere.example");
        assertThat(added.out()).contains("Added", "Stranger 2");

        assertThat(kith.run("mailbox", "disconnect").out()).contains("Mailbox disconnected");
        assertThat(kith.run("mailbox", "status").out()).contains("No mailbox is connected");
        assertThat(kith.run("mailbox", "sync").err()).contains("No mailbox is connected");
    }

    @Test
    void importMboxDryRunThenForReal() throws Exception {
        Path mbox = files.resolve("mail.mbox");
        TestMailbox.writeMbox(mbox, 0, 100);

        Cli.Result dry = kith.run("import", "mbox", mbox.toString(), "--dry-run");
        assertThat(dry.code()).as(dry.toString()).isZero();
        assertThat(dry.out()).contains("Would log (dry run, nothing written) 70 touchpoints with 2 people from 100"
                + " messages", "Import it: kith import mbox");
        assertThat(kith.json("touchpoints", "Ada Lovelace", "--json").size()).isZero();

        assertThat(kith.run("import", "mbox", mbox.toString(), "--me", "me@example.com").out())
                .contains("Logged 70 touchpoints with 2 people from 100 messages (0 already imported");
        assertThat(kith.run("import", "mbox", mbox.toString(), "--json").out()).contains("\"touchpoints\" : 0");
    }
}
