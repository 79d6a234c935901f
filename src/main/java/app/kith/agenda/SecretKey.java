package app.kith.agenda;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;

/**
 * Seals the secrets a calendar needs (its private address, a CalDAV password) with AES-GCM under a
 * random key kept in a file of the data folder (0600), never in the database: a copy of the
 * database alone gives nothing away. The key is made on first use; two processes making it at once
 * agree on the first one written.
 */
final class SecretKey {

    static final String FILE = "calendar-secrets.key";

    private final Path file;
    private TextEncryptor encryptor;

    SecretKey(Path folder) {
        this.file = folder.resolve(FILE);
    }

    String seal(String secret) {
        return encryptor().encrypt(secret);
    }

    String open(String sealed) {
        try {
            return encryptor().decrypt(sealed);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new IllegalStateException("The calendar's address or password cannot be read with the key in " + file
                    + " (it was replaced or lost): remove the calendar and add it again", e);
        }
    }

    private synchronized TextEncryptor encryptor() {
        if (encryptor == null) {
            String[] parts = read().split(":");
            encryptor = Encryptors.delux(parts[0], parts[1]);
        }
        return encryptor;
    }

    private String read() {
        try {
            if (!Files.exists(file)) {
                make();
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or make the key file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Written whole under another name, then linked into place: never half a key, never replaced. */
    private void make() throws IOException {
        SecureRandom random = new SecureRandom();
        byte[] password = new byte[32];
        byte[] salt = new byte[8];
        random.nextBytes(password);
        random.nextBytes(salt);
        Files.createDirectories(file.getParent());
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        Path temp = posix ? Files.createTempFile(file.getParent(), FILE, ".new",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(file.getParent(), FILE, ".new");
        try {
            Files.writeString(temp, HexFormat.of().formatHex(password) + ":" + HexFormat.of().formatHex(salt) + "\n",
                    StandardCharsets.US_ASCII);
            Files.createLink(file, temp);
        } catch (FileAlreadyExistsException e) {
            // Another process made it a moment ago: theirs is the key.
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
