package app.kith.db;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The database holds password hashes and everyone's contacts: what Kith creates, only its user may read. */
class FileModesTest {

    @TempDir
    Path home;

    @Test
    void aNewDataFolderIsTheUsersAloneAndSoAreTheDatabaseAndItsWalAndShmFiles() throws IOException {
        Path folder = home.resolve("new").resolve("kith");

        try (Database db = Database.forCommand(Store.sqliteIn(folder))) {
            JdbcClient.create(db.dataSource()).sql("SELECT count(*) FROM account").query(Integer.class).single();

            assertThat(mode(folder)).isEqualTo("rwx------");
            for (String file : List.of("kith.db", "kith.db-wal", "kith.db-shm")) {
                assertThat(folder.resolve(file)).as(file).exists();
                assertThat(mode(folder.resolve(file))).as(file).isEqualTo("rw-------");
            }
        }
    }

    @Test
    void theServerMakesThemTheSameWay() throws IOException {
        Path folder = home.resolve("served");

        try (Database db = Database.forServer(Store.sqliteIn(folder), 2)) {
            JdbcClient.create(db.dataSource()).sql("SELECT count(*) FROM account").query(Integer.class).single();

            assertThat(mode(folder)).isEqualTo("rwx------");
            for (String file : List.of("kith.db", "kith.db-wal", "kith.db-shm")) {
                assertThat(mode(folder.resolve(file))).as(file).isEqualTo("rw-------");
            }
        }
    }

    @Test
    void aFolderTheUserMadeKeepsItsModesButTheNewDatabaseInItIsStillPrivate() throws IOException {
        Path folder = Files.createDirectory(home.resolve("shared"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-x---")));

        Database.forCommand(Store.sqliteIn(folder)).close();

        assertThat(mode(folder)).isEqualTo("rwxr-x---");
        assertThat(mode(folder.resolve("kith.db"))).isEqualTo("rw-------");
    }

    @Test
    void aStoreReadableByOthersIsToldApart() throws IOException {
        Path folder = home.resolve("old");
        Database.forCommand(Store.sqliteIn(folder)).close();
        Path file = folder.resolve("kith.db");
        assertThat(DataFolder.readableByOthers(file)).isFalse();

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(DataFolder.readableByOthers(file)).isTrue();
    }

    @Test
    void aSqliteFileNamedByKithDbUrlIsCreatedPrivateToo() throws IOException {
        Path file = home.resolve("elsewhere.db");
        DbSettings settings = DbSettings.from(new DataFolder(home.resolve("data")), Map.of("KITH_DB_URL", "jdbc:sqlite:" + file));

        Database.forCommand(settings).close();

        assertThat(settings.sqliteFile()).contains(file);
        assertThat(mode(file)).isEqualTo("rw-------");
        assertThat(DbSettings.from(new DataFolder(home), Map.of("KITH_DB_URL", "jdbc:sqlite::memory:")).sqliteFile()).isEmpty();
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
