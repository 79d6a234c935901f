package app.kith.account;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a phone's authenticator app does with the key it was given, for tests: the six-digit code
 * of a moment (RFC 6238, as {@link TotpTest} checks against the RFC's own vectors).
 */
public final class AuthenticatorApp {

    private final byte[] key;

    /** The key as Settings shows it (Base32, in groups or not). */
    public AuthenticatorApp(String key) {
        this.key = Totp.unbase32(key.replace(" ", ""));
    }

    public String codeAt(Instant at) {
        TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();
        try {
            return generator.generateOneTimePasswordString(new SecretKeySpec(key, generator.getAlgorithm()), at, Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
