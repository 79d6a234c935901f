package app.kith.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.Store;
import app.kith.db.Database;
import app.kith.person.PersonDraft;
import app.kith.wiring.Kith;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The disk fills up in the middle of an import (SQLite's max_page_count makes it happen at the
 * same point every time): the import fails saying so, nothing of it is left, and the database is
 * intact.
 */
class FullDiskImportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @TempDir
    Path folder;

    @Test
    void anImportThatFillsTheDiskWritesNothingAndLeavesTheDatabaseIntact() {
        try (Database db = Database.forCommand(Store.sqliteIn(folder))) {
            Kith kith = Kith.wire(db, Clock.systemUTC());
            long owner = kith.accounts().owner().id();
            kith.people().add(owner, PersonDraft.named("Ada Lovelace"), TODAY);
            JdbcClient sql = JdbcClient.create(db.dataSource());
            int pages = sql.sql("PRAGMA page_count").query(Integer.class).single();
            // Room for a chunk or two of people (2,000 each), not for 8,000.
            sql.sql("PRAGMA max_page_count = " + (pages + 700)).query(Integer.class).single();
            StringBuilder file = new StringBuilder("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
            for (int i = 0; i < 8_000; i++) {
                file.append("Person,Number ").append(i).append(",https://www.linkedin.com/in/p").append(i)
                        .append(",p").append(i).append("@example.com,Company ").append(i).append(",Role,12 Mar 2024\n");
            }

            AtomicInteger seen = new AtomicInteger();
            Imports.Progress watching = (stage, done, total) -> seen.accumulateAndGet(kith.people().count(owner), Math::max);

            assertThatThrownBy(() -> kith.imports().apply(owner, ImportFormat.LINKEDIN,
                    new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8)), new ImportOptions(null),
                    TODAY, watching))
                    .satisfies(e -> assertThat(Database.full(e)).as(e.toString()).isTrue());
            assertThat(seen.get()).as("people written before the disk filled").isGreaterThan(1);

            assertThat(kith.people().count(owner)).isOne();
            assertThat(sql.sql("SELECT count(*) FROM person").query(Integer.class).single()).isOne();
            assertThat(sql.sql("SELECT count(*) FROM import_run").query(Integer.class).single()).isZero();
            assertThat(sql.sql("PRAGMA integrity_check").query(String.class).list()).containsExactly("ok");

            // Space again: the same file goes in whole.
            sql.sql("PRAGMA max_page_count = 1073741823").query(Integer.class).single();
            ImportResult again = kith.imports().apply(owner, ImportFormat.LINKEDIN,
                    new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8)), new ImportOptions(null),
                    TODAY, Imports.Progress.none());
            assertThat(again.created()).isEqualTo(8_000);
        }
    }
}
