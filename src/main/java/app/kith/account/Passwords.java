package app.kith.account;

import app.kith.Invalid;
import java.util.Map;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * How passwords are checked and stored. New hashes are PBKDF2-HMAC-SHA256 (310,000 rounds, about
 * as slow as the bcrypt Kith used before): unlike bcrypt, which reads only the first 72 bytes, it
 * takes a whole passphrase. Hashes stored with bcrypt still verify and are replaced at the next
 * sign-in. Lengths are counted in characters as a person counts them, not in bytes.
 */
final class Passwords {

    static final int MIN = 8;
    static final int MAX = 200;

    private static final String STORED_AS = "pbkdf2@SpringSecurity_v5_8";

    private PasswordEncoder encoder;
    private String decoy;

    /** Refuses a password too short to resist guessing, or longer than anyone types. */
    static void check(String field, String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN) {
            throw new Invalid(field, "password must be at least " + MIN + " characters");
        }
        if (length > MAX) {
            throw new Invalid(field, "password must be at most " + MAX + " characters, not " + length);
        }
    }

    String hash(String password) {
        return encoder().encode(password);
    }

    boolean matches(String password, String hash) {
        if (password == null || password.codePointCount(0, password.length()) > MAX) {
            return false; // no stored password is that long, and hashing a huge one is work for nothing
        }
        return encoder().matches(password, hash);
    }

    /** True when the hash was stored the old way, and the next sign-in should store it anew. */
    boolean outdated(String hash) {
        return encoder().upgradeEncoding(hash);
    }

    /** As much work as checking a real password, so an unknown email answers as slowly as a known one. */
    void decoy(String password) {
        matches(password == null ? "" : password, decoyHash());
    }

    private synchronized String decoyHash() {
        if (decoy == null) {
            decoy = hash("no account has this password");
        }
        return decoy;
    }

    // Built on first use: most CLI commands never check a password.
    private synchronized PasswordEncoder encoder() {
        if (encoder == null) {
            encoder = new DelegatingPasswordEncoder(STORED_AS, Map.of(
                    STORED_AS, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                    "bcrypt", new BCryptPasswordEncoder()));
        }
        return encoder;
    }
}
