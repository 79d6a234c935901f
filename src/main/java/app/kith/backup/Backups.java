package app.kith.backup;

import app.kith.Invalid;
import app.kith.db.DataFolder;
import app.kith.db.Database;
import app.kith.db.Dialect;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Backing up and restoring the SQLite store while Kith runs. A backup is {@code VACUUM INTO}: one
 * read transaction, so it is the store as of one moment even while the server writes (WAL lets
 * both go on). A restore goes through SQLite's backup API into the live file, taking its write
 * lock like any write, so a running server sees the restored data as it would another write;
 * the data as it was is kept beside it first. PostgreSQL has pg_dump for both.
 */
public final class Backups {

    /** What a backup or restore wrote: the file, its size, and how many accounts and people it holds. */
    public record Result(Path file, long bytes, int accounts, int people, Path kept) {
    }

    private static final byte[] SQLITE = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final String POSTGRES = "kith backup and restore are for the SQLite store; on PostgreSQL use"
            + " pg_dump -Fc and pg_restore (see Storage in the README)";

    private Backups() {
    }

    /** Writes a consistent copy of the store to {@code target}, which must not exist yet. */
    public static Result backup(Database db, Path target) {
        if (db.dialect() != Dialect.SQLITE) {
            throw new Invalid("store", POSTGRES);
        }
        Path file = target.toAbsolutePath();
        if (Files.exists(file)) {
            throw new Invalid("FILE", file + " exists already: choose a new name (a backup never writes over a file)");
        }
        if (file.getParent() == null || !Files.isDirectory(file.getParent())) {
            throw new Invalid("FILE", "no folder " + file.getParent() + " to write the backup in");
        }
        // Written aside, then moved into place: a backup cut short leaves no file that looks whole.
        Path partial = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".partial");
        try {
            vacuumInto(db, partial);
            Result checked = check(partial, "FILE");
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            return new Result(file, checked.bytes(), checked.accounts(), checked.people(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backup " + file + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // left for the user to see; it is named .partial
            }
        }
    }

    /**
     * Puts the backup {@code source} in place of the store's data. The data as it was is first
     * written to {@code kith.db.before-restore-…} beside the store, and returned as {@code kept}.
     */
    public static Result restore(Database db, Path source, Clock clock) {
        if (db.dialect() != Dialect.SQLITE || db.sqliteFile() == null) {
            throw new Invalid("store", POSTGRES);
        }
        Path file = source.toAbsolutePath();
        Result checked = check(file, "FILE");
        Path store = db.sqliteFile();
        String stamp = store.getFileName() + ".before-restore-"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(clock.instant());
        Path kept = store.resolveSibling(stamp);
        for (int n = 2; Files.exists(kept); n++) {
            kept = store.resolveSibling(stamp + "-" + n); // two restores in one second keep both
        }
        vacuumInto(db, kept);
        try (Connection c = db.dataSource().getConnection()) {
            // In one step (-1 pages): the store stays locked from the first page to the last, so a
            // write waits for the whole restore rather than landing between two steps of it.
            int rc = c.unwrap(org.sqlite.SQLiteConnection.class).getDatabase()
                    .restore("main", file.toString(), null, 100, 100, -1);
            if (rc != 0 && rc != 101) { // SQLITE_OK, SQLITE_DONE
                throw new SQLException("SQLite answered " + rc);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The restore failed and the store is as it was (also kept in " + kept
                    + "): " + e.getMessage(), e);
        }
        return new Result(file, checked.bytes(), checked.accounts(), checked.people(), kept);
    }

    /** Into a file made first, empty and readable by its user only: it holds everyone's contacts. */
    private static void vacuumInto(Database db, Path target) {
        DataFolder.createPrivateFile(target);
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("VACUUM INTO " + quoted(target));
        } catch (SQLException e) {
            if (Database.full(e)) {
                throw new IllegalStateException("The disk is full: no backup was written (" + target.getParent() + ")",
                        e);
            }
            throw new IllegalStateException("Cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** The file is a whole Kith store no newer than this Kith: its size, accounts and people. */
    private static Result check(Path file, String field) {
        try (InputStream in = Files.newInputStream(file)) {
            if (!java.util.Arrays.equals(in.readNBytes(SQLITE.length), SQLITE)) {
                throw new Invalid(field, file + " is not a Kith backup (not an SQLite database)");
            }
        } catch (NoSuchFileException e) {
            throw new Invalid(field, "no file " + file);
        } catch (IOException e) {
            throw new Invalid(field, "cannot read " + file + ": " + e.getMessage());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file + "?open_mode=1");
             Statement s = c.createStatement()) {
            String check = single(s, "PRAGMA quick_check");
            if (!"ok".equals(check)) {
                throw new Invalid(field, file + " is damaged (SQLite says: " + check + ")");
            }
            if (single(s, "SELECT count(*) FROM sqlite_master WHERE name IN ('flyway_schema_history', 'account',"
                    + " 'person')").equals("3") == false) {
                throw new Invalid(field, file + " is an SQLite database but not a Kith backup");
            }
            int version = Integer.parseInt(single(s, "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history"
                    + " WHERE success = 1"));
            if (version > Database.latestMigration()) {
                throw new Invalid(field, file + " comes from a newer Kith (store version " + version + ", this Kith "
                        + Database.latestMigration() + "): restore it with that Kith or a later one");
            }
            return new Result(file, Files.size(file), Integer.parseInt(single(s, "SELECT count(*) FROM account")),
                    Integer.parseInt(single(s, "SELECT count(*) FROM person WHERE deleted_at IS NULL")), null);
        } catch (SQLException e) {
            throw new Invalid(field, file + " cannot be read as a Kith backup: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? String.valueOf(rs.getObject(1)) : "";
        }
    }

    private static String quoted(Path file) {
        return "'" + file.toString().replace("'", "''") + "'";
    }
}
