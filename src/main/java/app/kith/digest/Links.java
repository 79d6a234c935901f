package app.kith.digest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed links from the email: the action, the account, the person (and the ask) and when the
 * link expires, with an HMAC-SHA256 over them under the server's own key. Whoever holds the link
 * can do that one thing, for that account and person, until then, and nothing else: no sign-in.
 */
final class Links {

    static final Duration DONE_FOR = Duration.ofDays(3);
    static final Duration UNSUBSCRIBE_FOR = Duration.ofDays(60);

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private final byte[] key;

    Links(byte[] key) {
        this.key = key.clone();
    }

    static String newKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return B64.encodeToString(bytes);
    }

    String done(long accountId, long personId, Long askId, Instant now) {
        return sign("done", accountId, personId, askId, now.plus(DONE_FOR));
    }

    String unsubscribe(long accountId, Instant now) {
        return sign("unsubscribe", accountId, 0, null, now.plus(UNSUBSCRIBE_FOR));
    }

    private String sign(String action, long accountId, long personId, Long askId, Instant expires) {
        String payload = action + "." + accountId + "." + personId + "." + (askId == null ? "" : askId) + "."
                + expires.getEpochSecond();
        return B64.encodeToString(payload.getBytes(StandardCharsets.US_ASCII)) + "." + B64.encodeToString(mac(payload));
    }

    /** The link's content once its signature holds; {@code name} is left for the caller to fill in. */
    LinkCheck check(String token, Instant now) {
        if (token == null || token.length() > 300) {
            return LinkCheck.refused(LinkCheck.State.INVALID);
        }
        int dot = token.indexOf('.');
        try {
            String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, Math.max(dot, 0))),
                    StandardCharsets.US_ASCII);
            byte[] given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            if (dot <= 0 || !MessageDigest.isEqual(mac(payload), given)) {
                return LinkCheck.refused(LinkCheck.State.INVALID);
            }
            String[] parts = payload.split("\\.", -1);
            Instant expires = Instant.ofEpochSecond(Long.parseLong(parts[4]));
            if (!now.isBefore(expires)) {
                return LinkCheck.refused(LinkCheck.State.EXPIRED);
            }
            return new LinkCheck(LinkCheck.State.VALID, parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2]),
                    parts[3].isEmpty() ? null : Long.parseLong(parts[3]), null, expires);
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return LinkCheck.refused(LinkCheck.State.INVALID);
        }
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
