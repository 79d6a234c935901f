package app.kith.digest;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What Settings says about the morning email: its settings, whether Kith can send mail at all,
 * when the last one went out, and the last failure not yet overcome ({@code nextTry}: when it is
 * tried again; null when it is not, because its day is over).
 */
public record DigestStatus(DigestSettings settings, boolean mailConfigured, String email, Instant lastSent,
                           Failure failure) {

    /** {@code error} in words, as the mail server or the network said it. */
    public record Failure(LocalDate day, Instant at, String error, int attempts, Instant nextTry) {
    }
}
