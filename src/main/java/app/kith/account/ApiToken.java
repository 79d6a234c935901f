package app.kith.account;

import java.time.Instant;
import org.jspecify.annotations.NonNull;

/**
 * A named API token as listed: the token itself is never stored, only its hash. {@code expiresAt}
 * null: it never ends.
 */
public record ApiToken(long id, @NonNull String name, @NonNull TokenScope scope, @NonNull Instant createdAt,
                       Instant expiresAt, Instant lastUsedAt) {

    public boolean expired(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }
}
