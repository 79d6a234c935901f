package app.kith.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.Invalid;
import app.kith.SecretKey;
import app.kith.StoreTest;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.Channel;
import app.kith.touchpoint.Direction;
import app.kith.touchpoint.Touchpoint;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A real IMAP server's headers become touchpoints, each message once, whatever happens between runs. */
class MailboxSyncTest extends StoreTest {

    static final int MESSAGES = 2_000;

    private TestMailbox mail;
    private long ada;
    private long grace;

    @BeforeEach
    void mailbox() throws Exception {
        mail = new TestMailbox();
        ada = kith.people().add(owner(), new PersonDraft("Ada Lovelace", List.of("ada@example.com"), null, null, null,
                null, null, null, null, null, null, null, null, null, null), TODAY).id();
        grace = kith.people().add(owner(), new PersonDraft("Grace Hopper", List.of("Grace@Example.com"), null, null,
                null, null, null, null, null, null, null, null, null, null, null), TODAY).id();
    }

    @AfterEach
    void stopMailbox() {
        mail.close();
    }

    Mailboxes mailboxes(Consumer<Store> afterBatch) {
        return new Mailboxes(sql(), db.transactions(), Clock.fixed(NOW, ZoneOffset.UTC), kith.accounts(),
                kith.identities(), kith.people(), kith.touchpoints(), kith.clocks(), SecretKey.of(folder, Map.of()),
                afterBatch);
    }

    Mailboxes mailboxes() {
        return mailboxes(store -> { });
    }

    int touchpoints(long person, Direction direction) {
        return (int) kith.touchpoints().ofPerson(owner(), person, 1_000, 0).stream()
                .filter(t -> t.direction() == direction).count();
    }

    void assertEveryMessageOnce(int messages) {
        int tens = messages / 10;
        assertThat(touchpoints(ada, Direction.IN)).isEqualTo(3 * tens);
        assertThat(touchpoints(ada, Direction.OUT)).isEqualTo(tens);
        assertThat(touchpoints(grace, Direction.IN)).isEqualTo(2 * tens);
        assertThat(touchpoints(grace, Direction.OUT)).isEqualTo(tens);
        assertThat(rows("touchpoint")).isEqualTo(7 * tens);
    }

    @Test
    void headersBecomeTouchpointsInForReceivedOutForSentAndReRunningAddsNothing() throws Exception {
        mail.fill(0, MESSAGES);
        Mailboxes mailboxes = mailboxes();
        mailboxes.connect(owner(), mail.settings());

        SyncResult first = mailboxes.sync(owner());

        assertThat(first.read()).isEqualTo(MESSAGES);
        assertThat(first.touchpoints()).isEqualTo(7 * MESSAGES / 10);
        assertThat(first.people()).isEqualTo(2);
        assertEveryMessageOnce(MESSAGES);
        Touchpoint one = kith.touchpoints().ofPerson(owner(), ada, 1, 0).get(0);
        assertThat(one.channel()).isEqualTo(Channel.EMAIL);
        assertThat(one.note()).isEqualTo("From your mail");
        assertThat(sql().sql("SELECT count(*) FROM touchpoint WHERE note LIKE '%Private%'").query(Integer.class)
                .single()).as("no subject nor body is kept").isZero();
        assertThat(kith.people().get(owner(), ada).lastTouchOn()).as("the clock moves")
                .isEqualTo(TestMailbox.FIRST_DAY.plusDays(398));

        SyncResult again = mailboxes.sync(owner());

        assertThat(again.read()).as("only what is new is read").isZero();
        assertEveryMessageOnce(MESSAGES);
        mail.fill(MESSAGES, MESSAGES + 20);
        assertThat(mailboxes.sync(owner()).read()).isEqualTo(20);
        assertEveryMessageOnce(MESSAGES + 20);
        assertThat(mailboxes.status(owner()).orElseThrow().lastAdded()).isEqualTo(14);
    }

    @Test
    void newslettersNoReplySendersAndIgnoredAddressesAreNoOneAndFrequentStrangersAreSuggested() throws Exception {
        mail.fill(0, 100);
        Mailboxes mailboxes = mailboxes();
        mailboxes.connect(owner(), mail.settings());
        mailboxes.ignore(owner(), "@spam.example");
        mailboxes.ignore(owner(), "stranger6@elsewhere.example");

        mailboxes.sync(owner());

        List<Suggestion> suggestions = mailboxes.suggestions(owner());
        assertThat(suggestions).extracting(Suggestion::address).doesNotContain("news@shop.example",
                "no-reply@service.example", "ignored@spam.example", "stranger6@elsewhere.example");
        assertThat(suggestions).extracting(Suggestion::address).contains("stranger2@elsewhere.example");
        Suggestion s = suggestions.stream().filter(x -> x.address().equals("stranger2@elsewhere.example")).findFirst()
                .orElseThrow();
        assertThat(s.received()).isPositive();
        assertThat(s.sent()).isPositive();
        assertThat(s.name()).isEqualTo("Stranger 2");
        assertThat(sql().sql("SELECT count(*) FROM mail_correspondent WHERE address LIKE '%shop%' OR address LIKE"
                + " '%service%' OR address LIKE '%spam%'").query(Integer.class).single()).isZero();

        long added = mailboxes.addPerson(owner(), "stranger2@elsewhere.example").id();

        assertThat(kith.people().get(owner(), added).name()).isEqualTo("Stranger 2");
        assertThat(mailboxes.suggestions(owner())).extracting(Suggestion::address)
                .doesNotContain("stranger2@elsewhere.example");
    }

    @Test
    void aChangedUidValidityRescansTheFolderWithoutDuplicates() throws Exception {
        mail.fill(0, MESSAGES);
        Mailboxes mailboxes = mailboxes();
        mailboxes.connect(owner(), mail.settings());
        mailboxes.sync(owner());
        long validity = sql().sql("SELECT uid_validity FROM mailbox_folder WHERE folder = 'Sent'").query(Long.class)
                .single();

        mail.imap().deleteMailbox(mail.user, "Sent");
        while (System.currentTimeMillis() / 1000 <= validity) {
            Thread.sleep(50); // GreenMail's UIDVALIDITY is the second the folder was made
        }
        mail.fillSent(0, MESSAGES + 100);
        SyncResult rescan = mailboxes.sync(owner());

        assertThat(sql().sql("SELECT uid_validity FROM mailbox_folder WHERE folder = 'Sent'").query(Long.class)
                .single()).isNotEqualTo(validity);
        assertThat(rescan.read()).as("the whole Sent folder again").isEqualTo((MESSAGES + 100) / 5);
        assertThat(rescan.fresh()).isEqualTo(20);
        assertThat(touchpoints(ada, Direction.OUT)).isEqualTo(MESSAGES / 10 + 10);
        assertThat(touchpoints(ada, Direction.IN)).isEqualTo(3 * MESSAGES / 10);
    }

    @Test
    void aConnectionDroppedMidRunResumesWithNothingLostAndNothingDoubled() throws Exception {
        mail.fill(0, MESSAGES);
        AtomicInteger batches = new AtomicInteger();
        Mailboxes cut = mailboxes(store -> {
            if (batches.incrementAndGet() == 3) {
                try {
                    store.close();
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        cut.connect(owner(), mail.settings());

        assertThatThrownBy(() -> cut.sync(owner())).isInstanceOf(MailboxFailed.class);

        MailboxStatus failed = cut.status(owner()).orElseThrow();
        assertThat(failed.lastError()).isNotBlank();
        assertThat(failed.lastRead()).as("the batches before the cut are kept").isPositive();
        assertThat(rows("touchpoint")).isPositive().isLessThan(7 * MESSAGES / 10);

        SyncResult resumed = mailboxes().sync(owner());

        assertThat(resumed.read()).isEqualTo(MESSAGES - failed.lastRead());
        assertEveryMessageOnce(MESSAGES);
        assertThat(mailboxes().status(owner()).orElseThrow().lastError()).isNull();
    }

    @Test
    void aWrongPasswordIsRefusedNamingThePasswordAndNothingIsStored() {
        MailboxSettings wrong = new MailboxSettings("127.0.0.1", mail.port, false, TestMailbox.LOGIN, "not-it");

        assertThatThrownBy(() -> mailboxes().connect(owner(), wrong)).isInstanceOfSatisfying(Invalid.class, e -> {
            assertThat(e.field()).isEqualTo("password");
            assertThat(e.getMessage()).contains("app password");
        });
        assertThat(rows("mailbox")).isZero();
    }

    @Test
    void nothingListeningAtThePortIsRefusedNamingThePort() throws Exception {
        int port = mail.port;
        mail.close();

        assertThatThrownBy(() -> mailboxes().connect(owner(), new MailboxSettings("127.0.0.1", port, false,
                TestMailbox.LOGIN, TestMailbox.PASSWORD))).isInstanceOfSatisfying(Invalid.class,
                e -> assertThat(e.field()).isEqualTo("port"));
    }

    @Test
    void aServerWhoseCertificateIsNotTrustedIsRefusedNamingTlsAndNothingIsStored() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        // GreenMail's IMAPS speaks TLS with a certificate of its own, which no authority signed.
        GreenMail imaps = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_IMAPS));
        imaps.start();
        try {
            imaps.setUser(TestMailbox.USER, TestMailbox.LOGIN, TestMailbox.PASSWORD);
            assertThatThrownBy(() -> mailboxes().connect(owner(), new MailboxSettings("127.0.0.1", port, true,
                    TestMailbox.LOGIN, TestMailbox.PASSWORD))).isInstanceOfSatisfying(Invalid.class, e -> {
                assertThat(e.field()).isEqualTo("tls");
                assertThat(e.getMessage()).contains("TLS with 127.0.0.1:" + port + " failed", "certificate");
            });
        } finally {
            imaps.stop();
        }
        assertThat(rows("mailbox")).isZero();
    }

    @Test
    void tlsAskedOfAServerThatSpeaksPlainImapIsRefusedNamingTls() {
        assertThatThrownBy(() -> mailboxes().connect(owner(), new MailboxSettings("127.0.0.1", mail.port, true,
                TestMailbox.LOGIN, TestMailbox.PASSWORD))).isInstanceOfSatisfying(Invalid.class,
                e -> assertThat(e.field()).isEqualTo("tls"));
        assertThat(rows("mailbox")).isZero();
    }

    @Test
    void theDatabaseNeverHoldsThePasswordAndAnotherKeyGivesAClearError() throws Exception {
        mailboxes().connect(owner(), mail.settings());

        String stored = sql().sql("SELECT password_seal FROM mailbox").query(String.class).single();
        assertThat(stored).doesNotContain(TestMailbox.PASSWORD);
        assertThat(folder.resolve("secret.key")).exists();
        assertThat(java.nio.file.Files.getPosixFilePermissions(folder.resolve("secret.key")))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));

        java.nio.file.Files.delete(folder.resolve("secret.key"));
        Mailboxes otherKey = mailboxes();

        assertThatThrownBy(() -> otherKey.sync(owner())).isInstanceOf(MailboxFailed.class)
                .hasMessageContaining("sealed with another secret key").hasMessageContaining("Connect the mailbox again");
        assertThat(otherKey.status(owner()).orElseThrow().lastError()).contains("another secret key");
    }

    @Test
    void aMailboxAnotherNodeIsReadingIsNotReadTwiceAtOnceUntilItsClaimGoesStale() throws Exception {
        mail.fill(0, 100);
        Mailboxes mailboxes = mailboxes();
        mailboxes.connect(owner(), mail.settings());
        sql().sql("UPDATE mailbox SET claim = 'another node', claimed_at = :at").param("at", NOW.toEpochMilli() - 60_000)
                .update();

        assertThatThrownBy(() -> mailboxes.sync(owner())).isInstanceOf(app.kith.Conflict.class)
                .hasMessageContaining("being read right now");
        assertThat(mailboxes.syncAll()).isZero();
        assertThat(rows("touchpoint")).isZero();

        sql().sql("UPDATE mailbox SET claimed_at = :at").param("at", NOW.minus(Mailboxes.LEASE).toEpochMilli() - 1)
                .update();

        assertThat(mailboxes.syncAll()).isEqualTo(1);
        assertThat(rows("touchpoint")).isEqualTo(70);
    }

    @Test
    void theScheduledRunRecordsAFailureOnTheMailboxAndGoesOnWithTheNext() throws Exception {
        Mailboxes mailboxes = mailboxes();
        mailboxes.connect(owner(), mail.settings());
        long other = anotherAccount();
        mailboxes.connect(other, mail.settings());
        mail.fill(0, 10);
        sql().sql("UPDATE mailbox SET port = 1 WHERE account_id = :a").param("a", owner()).update();

        assertThat(mailboxes.syncAll()).isEqualTo(1);

        MailboxStatus failed = mailboxes.status(owner()).orElseThrow();
        assertThat(failed.lastError()).isNotBlank();
        assertThat(failed.lastErrorAt()).isEqualTo(NOW);
        assertThat(mailboxes.status(other).orElseThrow().lastError()).isNull();
        assertThat(mailboxes.status(other).orElseThrow().lastRead()).isEqualTo(10);
    }

    @Test
    void theScheduledRunSkipsADisabledAccountsMailbox() throws Exception {
        Mailboxes mailboxes = mailboxes();
        mailboxes.connect(owner(), mail.settings());
        long other = anotherAccount();
        mailboxes.connect(other, mail.settings());
        mail.fill(0, 10);
        kith.accounts().admin().disable(kith.accounts().owner().id(), "other@example.com");

        assertThat(mailboxes.syncAll()).isEqualTo(1);

        assertThat(mailboxes.status(owner()).orElseThrow().lastRead()).isEqualTo(10);
        assertThat(mailboxes.status(other).orElseThrow().lastRunAt()).as("never read").isNull();
        assertThat(rows("touchpoint")).isEqualTo(7);
    }
}
