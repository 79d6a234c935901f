package app.kith.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where Kith keeps its data: {@code --data DIR}, else {@code KITH_HOME}, else
 * {@code $XDG_DATA_HOME/kith}, else {@code ~/.local/share/kith}.
 */
public record DataFolder(Path path) {

    public static DataFolder resolve(String dataOption, Map<String, String> env) {
        if (dataOption != null && !dataOption.isBlank()) {
            return new DataFolder(Path.of(dataOption).toAbsolutePath());
        }
        String home = env.get("KITH_HOME");
        if (home != null && !home.isBlank()) {
            return new DataFolder(Path.of(home).toAbsolutePath());
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return new DataFolder(Path.of(xdg, "kith").toAbsolutePath());
        }
        return new DataFolder(Path.of(System.getProperty("user.home"), ".local", "share", "kith"));
    }

    public Path sqliteFile() {
        return path.resolve("kith.db");
    }

    public void create() {
        try {
            Files.createDirectories(path);
        } catch (java.io.IOException e) {
            throw new StoreUnavailable("Cannot create the data folder " + path + ": " + e.getMessage(), e);
        }
    }
}
