package app.kith.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.Invalid;
import app.kith.SecretKey;
import app.kith.StoreTest;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.Direction;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An mbox file, streamed, gives the same touchpoints as the mailbox it came from, once. */
class MboxImportTest extends StoreTest {

    private long ada;
    private long grace;
    private Mailboxes mailboxes;
    private Path mbox;

    @BeforeEach
    void peopleAndAFile() throws Exception {
        ada = kith.people().add(owner(), new PersonDraft("Ada Lovelace", List.of("ada@example.com"), null, null, null,
                null, null, null, null, null, null, null, null, null, null), TODAY).id();
        grace = kith.people().add(owner(), new PersonDraft("Grace Hopper", List.of("grace@example.com"), null, null,
                null, null, null, null, null, null, null, null, null, null, null), TODAY).id();
        mailboxes = new Mailboxes(sql(), db.transactions(), Clock.fixed(NOW, ZoneOffset.UTC), kith.accounts(),
                kith.identities(), kith.people(), kith.touchpoints(), kith.clocks(), SecretKey.of(folder, Map.of()));
        mbox = folder.resolve("all.mbox");
        TestMailbox.writeMbox(mbox, 0, 1_200);
    }

    private MboxResult run(List<String> me, boolean dryRun) throws Exception {
        try (InputStream in = Files.newInputStream(mbox)) {
            return mailboxes.importMbox(owner(), in, me, dryRun);
        }
    }

    private long count(long person, Direction direction) {
        return kith.touchpoints().ofPerson(owner(), person, 1_000, 0).stream().filter(t -> t.direction() == direction)
                .count();
    }

    @Test
    void aDryRunCountsAndWritesNothingThenTheImportLogsEachMessageOnce() throws Exception {
        MboxResult dry = run(List.of(), true);

        assertThat(dry.applied()).isFalse();
        assertThat(dry.read()).as("quoted >From lines in bodies start no message").isEqualTo(1_200);
        assertThat(dry.touchpoints()).isEqualTo(840);
        assertThat(rows("touchpoint")).isZero();
        assertThat(rows("touchpoint_import_key")).isZero();
        assertThat(rows("mail_correspondent")).isZero();

        MboxResult done = run(List.of(), false);

        assertThat(done.touchpoints()).isEqualTo(840);
        assertThat(done.people()).isEqualTo(2);
        assertThat(count(ada, Direction.IN)).isEqualTo(360);
        assertThat(count(ada, Direction.OUT)).isEqualTo(120);
        assertThat(count(grace, Direction.IN)).isEqualTo(240);
        assertThat(count(grace, Direction.OUT)).isEqualTo(120);

        MboxResult again = run(List.of(), false);

        assertThat(again.fresh()).isZero();
        assertThat(again.touchpoints()).isZero();
        assertThat(rows("touchpoint")).isEqualTo(840);
    }

    @Test
    void mailFromAnAddressGivenAsYoursIsOutEvenWithoutTheSentLabel() throws Exception {
        String unlabelled = Files.readString(mbox, java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("X-Gmail-Labels: Sent,Opened\n", "");
        Files.writeString(mbox, unlabelled, java.nio.charset.StandardCharsets.ISO_8859_1);

        run(List.of("Me@Example.com"), false);

        assertThat(count(ada, Direction.OUT)).isEqualTo(120);
        assertThat(count(grace, Direction.OUT)).isEqualTo(120);
    }

    @Test
    void anAddressThatIsNotOneIsRefusedNamingTheOption() {
        assertThatThrownBy(() -> run(List.of("me at example"), false)).isInstanceOfSatisfying(Invalid.class,
                e -> assertThat(e.field()).isEqualTo("--me"));
        assertThat(rows("touchpoint")).isZero();
    }
}
