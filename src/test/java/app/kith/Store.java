package app.kith;

import app.kith.db.DataFolder;
import app.kith.db.Database;
import app.kith.db.DbSettings;
import app.kith.db.Dialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The two stores Kith runs on, opened empty for a test. */
public enum Store {

    /**
     * A new SQLite file, opened the way a CLI command opens it (WAL, busy timeout, foreign keys).
     * It is a copy of a file Flyway migrated once: migrating every time would cost more than most
     * tests.
     */
    SQLITE {
        @Override
        Opened open(Path folder, String owner) {
            try {
                Files.copy(MigratedSqlite.FILE, folder.resolve("kith.db"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Database db = Database.forCommand(sqliteIn(folder));
            return new Opened(db, db::close);
        }
    },

    /** The test class's database on the shared embedded PostgreSQL, migrated by the same Flyway history, emptied. */
    POSTGRESQL {
        @Override
        Opened open(Path folder, String owner) {
            // Closing lets writes still queued apart finish before the next test empties the database.
            Database db = Database.of(SharedPostgres.emptiedDatabase(owner), Dialect.POSTGRESQL);
            return new Opened(db, db::close);
        }
    };

    /** A store with no rows in it; {@code owner} (the test class) keeps databases apart. */
    abstract Opened open(Path folder, String owner);

    /** The settings of an embedded store in a folder, whatever the environment says. */
    public static DbSettings sqliteIn(Path folder) {
        return new DbSettings(new DataFolder(folder), null, null, null);
    }

    record Opened(Database db, Runnable close) {
    }

    private static final class MigratedSqlite {
        static final Path FILE = migrate();

        private static Path migrate() {
            try {
                Path folder = Files.createTempDirectory("kith-migrated");
                folder.toFile().deleteOnExit();
                Database.forCommand(sqliteIn(folder)).close();
                Path file = folder.resolve("kith.db");
                file.toFile().deleteOnExit();
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
