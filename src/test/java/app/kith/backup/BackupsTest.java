package app.kith.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.Invalid;
import app.kith.Store;
import app.kith.db.Database;
import app.kith.person.PersonDraft;
import app.kith.wiring.Kith;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** kith backup and restore on SQLite: a copy as of one moment while writes go on, and a restore that keeps what was. */
class BackupsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @TempDir
    Path backups;

    private Database db;
    private Kith kith;

    @BeforeEach
    void aServerStore() {
        db = Database.forServer(Store.sqliteIn(folder), 3);
        kith = Kith.wire(db, CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void add(String name) {
        kith.people().add(kith.accounts().owner().id(), new PersonDraft(name, List.of(name.replace(' ', '.') + "@example.com"),
                null, null, null, null, null, null, null, null, null, null, null, null, null), TODAY);
    }

    private int people() {
        return JdbcClient.create(db.dataSource()).sql("SELECT count(*) FROM person WHERE deleted_at IS NULL")
                .query(Integer.class).single();
    }

    private static int count(Path file, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void aBackupWhileWritesGoOnIsTheStoreAsOfOneMoment() throws Exception {
        for (int i = 0; i < 50; i++) {
            add("Before " + i);
        }
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger written = new AtomicInteger();
        Thread writer = new Thread(() -> {
            for (int i = 0; !stop.get(); i++) {
                add("During " + i); // a person and their email, in one transaction
                written.incrementAndGet();
            }
        });
        writer.start();
        while (written.get() < 20) {
            Thread.sleep(5);
        }
        Backups.Result r = Backups.backup(db, backups.resolve("kith-backup.db"));
        int afterBackup = written.get();
        while (written.get() < afterBackup + 20) {
            Thread.sleep(5);
        }
        stop.set(true);
        writer.join();

        Path file = backups.resolve("kith-backup.db");
        assertThat(r.file()).isEqualTo(file);
        assertThat(count(file, "SELECT count(*) FROM person")).as("every person made before it, none after")
                .isEqualTo(r.people()).isBetween(70, 50 + afterBackup + 1).isLessThan(people());
        assertThat(count(file, "SELECT count(*) FROM person_email")).as("each person with the email of their"
                + " transaction").isEqualTo(r.people());
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .as("it holds everyone's contacts").isEqualTo("rw-------");
        try (var files = Files.list(backups)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("kith-backup.db");
        }
    }

    @Test
    void aRestorePutsTheBackupBackKeepsWhatWasAndAWrongFileChangesNothing() throws Exception {
        add("Ada Lovelace");
        Path backup = backups.resolve("one.db");
        Backups.backup(db, backup);
        add("Grace Hopper");
        assertThat(people()).isEqualTo(2);

        Files.writeString(backups.resolve("notes.txt"), "not a database");
        assertThatThrownBy(() -> Backups.restore(db, backups.resolve("notes.txt"), CLOCK))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("FILE"))
                .hasMessageContaining("is not a Kith backup");
        assertThatThrownBy(() -> Backups.restore(db, backups.resolve("nothing.db"), CLOCK))
                .hasMessageContaining("no file");
        assertThat(people()).isEqualTo(2);

        Backups.Result r = Backups.restore(db, backup, CLOCK);

        assertThat(people()).as("the store in use sees the backup").isEqualTo(1);
        assertThat(r.kept()).exists().hasFileName("kith.db.before-restore-20260302-100000");
        assertThat(count(r.kept(), "SELECT count(*) FROM person")).as("what was, kept").isEqualTo(2);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(r.kept())))
                .isEqualTo("rw-------");
        add("Katherine Johnson");
        assertThat(people()).isEqualTo(2);
    }

    @Test
    void aBackupNeverWritesOverAFile() throws Exception {
        Path taken = Files.writeString(backups.resolve("taken.db"), "mine");

        assertThatThrownBy(() -> Backups.backup(db, taken)).isInstanceOfSatisfying(Invalid.class,
                e -> assertThat(e.getMessage()).contains("exists already"));
        assertThat(Files.readString(taken)).isEqualTo("mine");
    }

    @Test
    void aRestoreWhileWritesGoOnLeavesEachWriteWholeBeforeOrAfterIt() throws Exception {
        for (int i = 0; i < 30; i++) {
            add("Backed " + i);
        }
        Path backup = backups.resolve("thirty.db");
        Backups.backup(db, backup);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger written = new AtomicInteger();
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread writer = new Thread(() -> {
            try {
                for (int i = 0; !stop.get(); i++) {
                    add("During " + i);
                    written.incrementAndGet();
                }
            } catch (RuntimeException e) {
                failures.add(e);
            }
        });
        writer.start();
        while (written.get() < 20) {
            Thread.sleep(5);
        }
        int before = written.get();
        Backups.restore(db, backup, CLOCK);
        // The write under way as the restore returned may have landed before it: the next one is after it.
        int after = written.get() + 1;
        while (written.get() < after + 20) {
            Thread.sleep(5);
        }
        stop.set(true);
        writer.join();

        assertThat(failures).as("writes wait for the restore, none fails").isEmpty();
        JdbcClient sql = JdbcClient.create(db.dataSource());
        List<String> names = sql.sql("SELECT name FROM person").query(String.class).list();
        assertThat(names).as("the backup's people are back").contains("Backed 0", "Backed 29")
                .as("what was written before the restore is gone").doesNotContain("During 0", "During " + (before - 1))
                .as("what was written after it is kept").contains("During " + after, "During " + (after + 19));
        assertThat(sql.sql("SELECT count(*) FROM person_email").query(Integer.class).single())
                .as("each person with the email of their transaction").isEqualTo(names.size());
        assertThat(sql.sql("PRAGMA quick_check").query(String.class).single()).isEqualTo("ok");
    }
}
