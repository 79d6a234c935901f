package app.kith.account;

import java.time.Instant;
import org.jspecify.annotations.NonNull;

/** A phone's or an app's own password, as listed: the password itself is never stored, only its hash. */
public record AppPassword(long id, @NonNull String name, @NonNull Instant createdAt, Instant lastUsedAt) {
}
