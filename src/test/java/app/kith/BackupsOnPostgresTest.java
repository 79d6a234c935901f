package app.kith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.backup.Backups;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kith backup and restore are SQLite's; on PostgreSQL they say what to use instead and write nothing. */
class BackupsOnPostgresTest {

    @TempDir
    Path folder;

    @Test
    void onPostgreSqlBothSayToUsePgDump() {
        Store.Opened postgres = Store.POSTGRESQL.open(folder, getClass().getName());
        try {
            assertThatThrownBy(() -> Backups.backup(postgres.db(), folder.resolve("x.db")))
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("store"))
                    .hasMessageContaining("pg_dump");
            assertThatThrownBy(() -> Backups.restore(postgres.db(), folder.resolve("x.db"), Clock.systemUTC()))
                    .hasMessageContaining("pg_dump");
            assertThat(folder.resolve("x.db")).doesNotExist();
        } finally {
            postgres.close().run();
        }
    }
}
