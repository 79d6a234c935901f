package app.kith.db;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * How to reach the store: the embedded SQLite file in the data folder, or PostgreSQL when
 * {@code KITH_DB_URL} is set (with {@code KITH_DB_USER} and {@code KITH_DB_PASSWORD}).
 */
public record DbSettings(DataFolder folder, String url, String user, String password) {

    public static DbSettings from(DataFolder folder, Map<String, String> env) {
        return new DbSettings(folder, env.get("KITH_DB_URL"), env.get("KITH_DB_USER"), env.get("KITH_DB_PASSWORD"));
    }

    public Dialect dialect() {
        if (url == null || url.isBlank()) {
            return Dialect.SQLITE;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return Dialect.POSTGRESQL;
        }
        if (url.startsWith("jdbc:sqlite:")) {
            return Dialect.SQLITE;
        }
        throw new StoreUnavailable("KITH_DB_URL must be a jdbc:postgresql: or jdbc:sqlite: URL, not " + url, null);
    }

    public String jdbcUrl() {
        return (url == null || url.isBlank()) ? "jdbc:sqlite:" + folder.sqliteFile() : url;
    }

    /** The SQLite file, when the store is one (not PostgreSQL, not ":memory:" or a "file:" URI). */
    public Optional<Path> sqliteFile() {
        if (dialect() != Dialect.SQLITE) {
            return Optional.empty();
        }
        String location = jdbcUrl().substring("jdbc:sqlite:".length());
        int query = location.indexOf('?');
        if (query >= 0) {
            location = location.substring(0, query);
        }
        if (location.isEmpty() || location.startsWith(":") || location.startsWith("file:")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(location));
    }

    public String describe() {
        if (dialect() == Dialect.SQLITE) {
            return "SQLite " + jdbcUrl().substring("jdbc:sqlite:".length());
        }
        // The query string may carry a password; say where, never how.
        int query = url.indexOf('?');
        return "PostgreSQL " + (query < 0 ? url : url.substring(0, query));
    }
}
