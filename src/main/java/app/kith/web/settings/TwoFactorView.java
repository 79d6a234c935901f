package app.kith.web.settings;

import java.util.List;
import java.util.Map;

/**
 * Settings → Two-factor sign-in. Off: {@code setup} is the secret begun and not yet confirmed
 * (with its QR code), or null before "Turn on". On: since when, and the recovery codes left.
 * {@code newCodes}: recovery codes just made, shown this once (else empty). {@code notice}: what
 * was just done, or null.
 */
public record TwoFactorView(boolean on, String since, int recoveryCodesLeft, Setup setup, List<String> newCodes,
                            Map<String, String> errors, String notice) {

    public record Setup(String secret, String uri, String qrCode) {
    }
}
