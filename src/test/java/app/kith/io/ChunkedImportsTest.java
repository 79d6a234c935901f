package app.kith.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.Invalid;
import app.kith.Store;
import app.kith.StoreTest;
import app.kith.account.Settings;
import app.kith.db.Database;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Imports are written a chunk at a time, so other writers get the store between chunks, and stay
 * all or nothing: whatever fails part-way, nothing of the import is left, and what it changed is
 * as it was.
 */
class ChunkedImportsTest extends StoreTest {

    private static final String HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";

    private static String rows(int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < to; i++) {
            s.append("Person,Number ").append(i).append(",https://www.linkedin.com/in/p").append(i)
                    .append(",,Company ").append(i).append(",Role,12 Mar 2024\n");
        }
        return s.toString();
    }

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private ImportResult apply(ImportFormat format, InputStream in, String circle) {
        return kith.imports().apply(owner(), format, in, new ImportOptions(circle), TODAY, Imports.Progress.none());
    }

    private void nothingOfAnImportIsLeft() {
        assertThat(rows("import_run")).isZero();
        assertThat(rows("import_undo")).isZero();
    }

    @Test
    void anImportThatFailsAfterWritingSomeChunksLeavesNothingBehind() {
        long ada = kith.people().add(owner(), PersonDraft.named("Ada Lovelace").withCircles(List.of("Monthly")), TODAY).id();
        // 5,000 people (chunks of 2,000 are written as the file is read), then a line that is not text.
        String file = HEADER + rows(0, 5_000) + "Bad,Row\0,https://www.linkedin.com/in/bad,,,,\n";

        assertThatThrownBy(() -> apply(ImportFormat.LINKEDIN, text(file), "Quarterly"))
                .isInstanceOf(Invalid.class).hasMessageContaining("binary");

        assertThat(kith.people().count(owner())).isOne();
        assertThat(kith.people().get(owner(), ada).circles()).extracting(c -> c.name()).containsExactly("Monthly");
        assertThat(kith.circles().list(owner())).extracting(c -> c.name()).containsExactly("Monthly");
        assertThat(rows("person")).isOne();
        nothingOfAnImportIsLeft();
    }

    @Test
    void anImportThatFailsWhileUpdatingPeopleAlreadyHerePutsThemBackAsTheyWere() {
        List<PersonDraft> here = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            here.add(new PersonDraft("Person Number " + i, List.of(), List.of(), "Old " + i, null, null,
                    "https://www.linkedin.com/in/p" + i, null, null, List.of(), null, null, null, List.of(), null));
        }
        kith.people().addAll(owner(), here, TODAY);
        // Every one of them gets a new company (500 are updated in a chunk); the last one gets 21
        // emails, more than a person holds: the second chunk of updates fails.
        StringBuilder file = new StringBuilder(HEADER + rows(0, 600));
        for (int e = 0; e < 21; e++) {
            file.append("Person,Number 599,https://www.linkedin.com/in/p599,p599.").append(e).append("@example.com,,,\n");
        }

        assertThatThrownBy(() -> apply(ImportFormat.LINKEDIN, text(file.toString()), null))
                .isInstanceOf(Invalid.class).hasMessageContaining("emails");

        List<Person> after = kith.people().list(owner(), app.kith.person.PeopleQuery.everyone(1_000), TODAY).people();
        assertThat(after).hasSize(600).allSatisfy(p -> assertThat(p.company()).startsWith("Old "));
        assertThat(rows("person_change")).as("the new companies the first chunk recorded are taken back").isZero();
        nothingOfAnImportIsLeft();
    }

    @Test
    void aRestoreThatFailsAtItsLastTouchpointLeavesTheAccountAsItWas() {
        Settings before = kith.accounts().byId(owner()).settings();
        StringBuilder people = new StringBuilder();
        for (int i = 1; i <= 4_500; i++) {
            people.append(i == 1 ? "" : ",").append("{\"id\":").append(i).append(",\"name\":\"Person ").append(i)
                    .append("\",\"circles\":[{\"name\":\"Yearly\"}]}");
        }
        String export = "{\"format\":\"kith-export\",\"version\":1,"
                + "\"account\":{\"settings\":{\"capacity\":9,\"timeZone\":\"Asia/Tokyo\"}},"
                + "\"circles\":[{\"name\":\"Clients\",\"rhythmDays\":45}],"
                + "\"people\":[" + people + "],"
                + "\"messageTemplates\":[{\"kind\":\"check-in\",\"name\":\"Mine\",\"body\":\"Hi {first name}\"}],"
                + "\"touchpoints\":[{\"personId\":1,\"on\":\"2026-01-02\",\"channel\":\"call\",\"direction\":\"out\"},"
                + "{\"personId\":99999,\"on\":\"2026-01-03\",\"channel\":\"call\",\"direction\":\"out\"}]}";

        assertThatThrownBy(() -> apply(ImportFormat.JSON, text(export), null))
                .isInstanceOf(Invalid.class).hasMessageContaining("person 99999");

        assertThat(kith.accounts().byId(owner()).settings()).isEqualTo(before);
        assertThat(kith.circles().list(owner())).isEmpty();
        assertThat(kith.messages().templates(owner())).allMatch(t -> t.builtIn());
        assertThat(rows("person")).isZero();
        assertThat(rows("touchpoint")).isZero();
        nothingOfAnImportIsLeft();
    }

    @Test
    void betweenChunksAnotherWriterGetsTheStore() throws Exception {
        AtomicReference<Throwable> other = new AtomicReference<>();
        // Half-way through the file (chunks already written), another program writes, waiting at
        // most 300 ms for the lock: the import holds it only while a chunk is written.
        InputStream file = new Midway(text(HEADER + rows(0, 6_000)), 4_500 * 60, () -> {
            Thread writer = new Thread(() -> {
                try {
                    otherProgramWrites();
                } catch (Throwable e) {
                    other.set(e);
                }
            });
            writer.start();
            writer.join();
        });

        ImportResult result = apply(ImportFormat.LINKEDIN, file, null);

        assertThat(result.created()).isEqualTo(6_000);
        assertThat(other.get()).isNull();
        assertThat(kith.circles().list(owner())).extracting(c -> c.name()).contains("Written meanwhile");
        nothingOfAnImportIsLeft();
    }

    @Test
    void aRestorePreviewWritesNothingAndLocksNothing() throws Exception {
        AtomicReference<Throwable> other = new AtomicReference<>();
        String export = "{\"format\":\"kith-export\",\"version\":1,\"circles\":[{\"name\":\"Clients\"}],\"people\":["
                + "{\"id\":1,\"name\":\"Ada Lovelace\",\"circles\":[{\"name\":\"Clients\"}]},"
                + "{\"id\":2,\"name\":\"Grace Hopper\"}],\"touchpoints\":[{\"personId\":1,\"on\":\"2026-01-02\","
                + "\"channel\":\"call\",\"direction\":\"out\"}]}";
        InputStream file = new Midway(text(export), 60, () -> {
            Thread writer = new Thread(() -> {
                try {
                    otherProgramWrites();
                } catch (Throwable e) {
                    other.set(e);
                }
            });
            writer.start();
            writer.join();
        });

        ImportResult preview = kith.imports().preview(owner(), ImportFormat.JSON, file, null);

        assertThat(preview.applied()).isFalse();
        assertThat(preview.created()).isEqualTo(2);
        assertThat(preview.newCircles()).containsExactly("Clients");
        assertThat(other.get()).isNull();
        assertThat(rows("person")).isZero();
        nothingOfAnImportIsLeft();
    }

    /** A second program writing, as a command would, but giving up after 300 ms without the lock. */
    private void otherProgramWrites() throws Exception {
        if (store == Store.POSTGRESQL) {
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("SET lock_timeout = '300ms'");
                s.execute("INSERT INTO circle (account_id, name, name_key, created_at) VALUES (" + owner()
                        + ", 'Written meanwhile', 'written meanwhile', 0)");
            }
            return;
        }
        try (Database command = Database.forServer(Store.sqliteIn(folder), 1, java.time.Duration.ofMillis(300))) {
            command.transactions().executeWithoutResult(s -> org.springframework.jdbc.core.simple.JdbcClient
                    .create(command.dataSource())
                    .sql("INSERT INTO circle (account_id, name, name_key, created_at) VALUES (?, 'Written meanwhile', "
                            + "'written meanwhile', 0)").param(owner()).update());
        }
    }

    /** A file that, once {@code at} bytes have been read, runs something before it goes on. */
    private static final class Midway extends FilterInputStream {
        private final long at;
        private final Interruption interruption;
        private long read;
        private boolean done;

        interface Interruption {
            void run() throws Exception;
        }

        Midway(InputStream in, long at, Interruption interruption) {
            super(in);
            this.at = at;
            this.interruption = interruption;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            // A byte at a time near the point, so the interruption comes when it should.
            int n = super.read(buffer, offset, read < at && read + length > at ? (int) Math.max(1, at - read) : length);
            count(Math.max(0, n));
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (!done && read >= at) {
                done = true;
                try {
                    interruption.run();
                } catch (Exception e) {
                    throw new IOException(e);
                }
            }
        }
    }
}
