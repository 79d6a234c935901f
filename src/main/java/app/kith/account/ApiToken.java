package app.kith.account;

import java.time.Instant;
import org.jspecify.annotations.NonNull;

/** A named API token as listed: the token itself is never stored, only its hash. */
public record ApiToken(long id, @NonNull String name, @NonNull Instant createdAt, Instant lastUsedAt) {
}
