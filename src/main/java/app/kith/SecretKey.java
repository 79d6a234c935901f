package app.kith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that seals the secrets Kith keeps for the user (a mailbox password, a calendar's private
 * address and CalDAV password) with AES-256-GCM, the JCA's: never in the database, so a copy of
 * the database alone opens nothing. {@code KITH_SECRET_KEY} (32 bytes, Base64) for nodes
 * that share a PostgreSQL store; else {@code secret.key} in the data folder, made on first use,
 * readable by its user only (0600).
 */
public final class SecretKey {

    public static final String ENV = "KITH_SECRET_KEY";
    public static final String FILE = "secret.key";
    private static final String VERSION = "v1:";
    private static final int IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final String fromEnv;
    private SecretKeySpec key;

    private SecretKey(Path file, String fromEnv) {
        this.file = file;
        this.fromEnv = fromEnv;
    }

    /** The key of a data folder, or the environment's; read (or made) on first use. */
    public static SecretKey of(Path dataFolder, Map<String, String> env) {
        String given = env.get(ENV);
        return new SecretKey(dataFolder.resolve(FILE), given == null || given.isBlank() ? null : given.strip());
    }

    public String seal(String secret) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return VERSION + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal with AES-GCM: " + e.getMessage(), e);
        }
    }

    /**
     * The secret sealed with this key; with another key, a Conflict on {@code field} that says so
     * (the {@code what} was sealed…) and what to do {@code again}, never garbage.
     */
    public String open(String sealed, String field, String what, String again) {
        try {
            if (!sealed.startsWith(VERSION)) {
                throw new AEADBadTagException("not sealed by Kith");
            }
            byte[] all = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException | IllegalArgumentException e) {
            throw new Conflict(field, "The " + what + " was sealed with another secret key than this one (" + where()
                    + "): the key was changed or lost. " + again);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open with AES-GCM: " + e.getMessage(), e);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private String where() {
        return fromEnv != null ? ENV : file.toString();
    }

    private synchronized SecretKeySpec key() {
        if (key == null) {
            byte[] bytes = Base64.getDecoder().decode(fromEnv != null ? fromEnv : fileKey());
            if (bytes.length != 32) {
                throw new IllegalStateException(where() + " must hold 32 bytes in Base64 (openssl rand -base64 32), not "
                        + bytes.length);
            }
            key = new SecretKeySpec(bytes, "AES");
        }
        return key;
    }

    private String fileKey() {
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                RANDOM.nextBytes(fresh);
                Files.createDirectories(file.getParent());
                // Written aside, then moved into place: another process never reads a half-written key.
                Path aside = posix() ? Files.createTempFile(file.getParent(), "secret", ".key",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                        : Files.createTempFile(file.getParent(), "secret", ".key");
                Files.writeString(aside, Base64.getEncoder().encodeToString(fresh) + "\n");
                try {
                    Files.move(aside, file);
                } catch (FileAlreadyExistsException e) {
                    Files.delete(aside); // another process made it a moment ago: use theirs
                }
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or make the secret key " + file + ": " + e.getMessage(), e);
        }
    }
}
