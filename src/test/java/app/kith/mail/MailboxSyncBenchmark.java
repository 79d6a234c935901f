package app.kith.mail;

import app.kith.SecretKey;
import app.kith.StoreTest;
import app.kith.db.Database;
import app.kith.person.PersonDraft;
import app.kith.wiring.Kith;
import jakarta.mail.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The mailbox benchmark, run by hand (not part of the tests):
 * {@code ./mvnw -q test -Dtest=MailboxSyncBenchmark -Dkith.bench=mailbox}. GreenMail holds 10,000
 * generated messages (8,000 in INBOX, 2,000 in Sent); each run syncs them all into a new SQLite
 * store (7,000 touchpoints), against a reference measured in the same run: the same headers
 * fetched over the same IMAP connection with nothing written. Writes target/bench-mailbox.md.
 */
@EnabledIfSystemProperty(named = "kith.bench", matches = "mailbox")
class MailboxSyncBenchmark {

    static final int MESSAGES = 10_000;
    static final int RUNS = 5;

    @TempDir
    Path folder;

    @Test
    void tenThousandMessagesInOneSync() throws Exception {
        try (TestMailbox mail = new TestMailbox()) {
            mail.fill(0, MESSAGES);
            List<Long> sync = new ArrayList<>();
            List<Long> fetch = new ArrayList<>();
            for (int run = 0; run < RUNS + 1; run++) { // the first run of each warms the JVM up, and is left out
                long f = fetchOnly(mail);
                long s = syncIntoNewStore(mail, folder.resolve("run" + run));
                if (run > 0) {
                    fetch.add(f);
                    sync.add(s);
                }
            }
            String report = String.format(Locale.ROOT, """
                    # Mailbox sync: %,d messages (GreenMail IMAP on this machine), %d runs after a warm-up
                    | what | median | min | max |
                    |---|---|---|---|
                    | one sync into a new SQLite store (%,d touchpoints) | %,d ms | %,d ms | %,d ms |
                    | reference: the same headers fetched, nothing written | %,d ms | %,d ms | %,d ms |
                    ratio sync / fetch (medians): %.2f; %d cores, Java %s
                    """, MESSAGES, RUNS, MESSAGES * 7 / 10, median(sync), min(sync), max(sync), median(fetch), min(fetch),
                    max(fetch), (double) median(sync) / median(fetch), Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"));
            System.out.println(report);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "bench-mailbox.md"), report);
        }
    }

    private static long syncIntoNewStore(TestMailbox mail, Path data) throws Exception {
        Files.createDirectories(data);
        try (Database db = Database.forCommand(app.kith.Store.sqliteIn(data))) {
            Clock clock = Clock.fixed(StoreTest.NOW, ZoneOffset.UTC);
            Kith kith = Kith.wire(db, clock);
            long owner = kith.accounts().owner().id();
            kith.people().add(owner, new PersonDraft("Ada Lovelace", List.of("ada@example.com"), null, null, null, null,
                    null, null, null, null, null, null, null, null, null), StoreTest.TODAY);
            kith.people().add(owner, new PersonDraft("Grace Hopper", List.of("grace@example.com"), null, null, null,
                    null, null, null, null, null, null, null, null, null, null), StoreTest.TODAY);
            Mailboxes mailboxes = new Mailboxes(JdbcClient.create(db.dataSource()), db.transactions(), clock,
                    kith.accounts(), kith.identities(), kith.people(), kith.touchpoints(), kith.clocks(),
                    SecretKey.of(data, Map.of()));
            mailboxes.connect(owner, mail.settings());
            long start = System.nanoTime();
            SyncResult r = mailboxes.sync(owner);
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (r.read() != MESSAGES || r.touchpoints() != MESSAGES * 7 / 10) {
                throw new IllegalStateException("read " + r.read() + ", logged " + r.touchpoints());
            }
            return ms;
        }
    }

    private static long fetchOnly(TestMailbox mail) throws Exception {
        long start = System.nanoTime();
        int[] read = {0};
        try (Store store = ImapReader.connect("127.0.0.1", mail.port, false, TestMailbox.LOGIN, TestMailbox.PASSWORD)) {
            new ImapReader(s -> { }).read(store, f -> Optional.empty(), (f, c, envelopes) -> read[0] += envelopes.size(),
                    ZoneOffset.UTC);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (read[0] != MESSAGES) {
            throw new IllegalStateException("fetched " + read[0]);
        }
        return ms;
    }

    private static long median(List<Long> xs) {
        List<Long> sorted = xs.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static long min(List<Long> xs) {
        return xs.stream().mapToLong(Long::longValue).min().orElse(0);
    }

    private static long max(List<Long> xs) {
        return xs.stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
