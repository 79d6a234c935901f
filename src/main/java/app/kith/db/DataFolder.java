package app.kith.db;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;

/**
 * Where Kith keeps its data: {@code --data DIR}, else {@code KITH_HOME}, else
 * {@code $XDG_DATA_HOME/kith}, else {@code ~/.local/share/kith}. The database holds password
 * hashes and everyone's contacts, so a folder Kith makes is its user's alone (0700), and so is the
 * database file (0600; SQLite gives its -wal and -shm files the same mode). A folder that already
 * exists keeps the modes its owner gave it.
 */
public record DataFolder(Path path) {

    private static final Set<PosixFilePermission> PRIVATE_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> PRIVATE_FILE = PosixFilePermissions.fromString("rw-------");

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

    /** Makes the folder, readable by its user only, unless it exists; the folders above it are made as usual. */
    public void create() {
        if (Files.isDirectory(path)) {
            return;
        }
        try {
            Path parent = path.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (posix()) {
                Files.createDirectory(path, PosixFilePermissions.asFileAttribute(PRIVATE_FOLDER));
                Files.setPosixFilePermissions(path, PRIVATE_FOLDER); // whatever the umask
            } else {
                Files.createDirectory(path);
            }
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(path)) { // else another command made it a moment ago
                throw new StoreUnavailable("Cannot create the data folder " + path + ": a file is in the way", e);
            }
        } catch (IOException e) {
            throw new StoreUnavailable("Cannot create the data folder " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Makes an empty database file readable and writable by its user only, before SQLite opens
     * it (SQLite would make it with the umask's mode, usually readable by everyone). An existing
     * file is left as it is.
     */
    public static void createPrivateFile(Path file) {
        if (!posix() || Files.exists(file)) {
            return;
        }
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PRIVATE_FILE));
        } catch (FileAlreadyExistsException e) {
            // Another command made it a moment ago, the same way.
        } catch (IOException e) {
            throw new StoreUnavailable("Cannot create the database file " + file + ": " + e.getMessage(), e);
        }
    }

    /** True when users other than the file's owner may read it (a store made before Kith made it private). */
    public static boolean readableByOthers(Path file) {
        try {
            Set<PosixFilePermission> modes = Files.getPosixFilePermissions(file);
            return modes.contains(PosixFilePermission.GROUP_READ) || modes.contains(PosixFilePermission.OTHERS_READ);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
