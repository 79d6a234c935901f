package app.kith.web.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.multipart.MultipartFile;

/**
 * Where uploaded contacts files wait while they are previewed and imported: a folder of this
 * server's own in the temporary folder, held by a lock while the server runs. A file leaves when
 * its job ends, whatever ends it (one left by accident goes after an hour, {@link #expire}); the
 * folder goes when the server stops. Folders left by a server that did not stop cleanly (their
 * lock is free) are removed when one starts.
 */
public final class ImportUploads implements AutoCloseable {

    /** How long a previewed file waits for its confirmation. */
    static final Duration KEEP = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(ImportUploads.class);
    private static final String PREFIX = "kith-uploads-";
    private static final String LOCK = ".lock";
    /**
     * The folders of the servers in this process: their locks are never probed, since closing a
     * file another lock of the process is held on may release that lock.
     */
    private static final Set<Path> OURS = ConcurrentHashMap.newKeySet();

    private final Path folder;
    private final FileChannel lockFile;
    private final FileLock lock;

    public ImportUploads(Path temporary) {
        try {
            removeLeftovers(temporary);
            folder = Files.createTempDirectory(temporary, PREFIX);
            lockFile = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = lockFile.lock();
            OURS.add(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a folder for uploads in " + temporary, e);
        }
    }

    Path folder() {
        return folder;
    }

    /** Stores the upload, to be read by its jobs. */
    Path save(MultipartFile file) {
        try {
            Path saved = Files.createTempFile(folder, "import-", ".upload");
            file.transferTo(saved);
            return saved;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An empty file, for an upload brought back from the store. */
    Path newFile() {
        try {
            return Files.createTempFile(folder, "import-", ".upload");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not remove the upload {}: {}", file, e.getMessage());
        }
    }

    /** Removes the uploads untouched for longer than {@code age}; returns how many. */
    int expire(Duration age) {
        Instant before = Instant.now().minus(age);
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "import-*.upload")) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    delete(file);
                    removed++;
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not look for old uploads in {}: {}", folder, e.getMessage());
        }
        return removed;
    }

    @Override
    public void close() {
        OURS.remove(folder);
        try {
            lock.release();
            lockFile.close();
        } catch (IOException e) {
            // Closing anyway.
        }
        deleteTree(folder);
    }

    /** The upload folders of servers that are gone: nobody holds their lock. */
    private static void removeLeftovers(Path temporary) throws IOException {
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(temporary, PREFIX + "*")) {
            for (Path old : folders) {
                if (Files.isDirectory(old) && !OURS.contains(old) && !held(old)) {
                    deleteTree(old);
                }
            }
        }
    }

    private static boolean held(Path old) throws IOException {
        Path lockPath = old.resolve(LOCK);
        if (!Files.exists(lockPath)) {
            // A server starting this very moment makes its folder, then its lock.
            return Files.getLastModifiedTime(old).toInstant().isAfter(Instant.now().minusSeconds(60));
        }
        try (FileChannel channel = FileChannel.open(lockPath, StandardOpenOption.WRITE)) {
            FileLock free = channel.tryLock();
            if (free == null) {
                return true;
            }
            free.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // held by another server in this process
        } catch (IOException e) {
            return true; // not ours to judge
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("Could not remove {}: {}", root, e.getMessage());
        }
    }
}
