package app.kith.account;

import java.time.Instant;

/** A named API token as listed: the token itself is never stored, only its hash. */
public record ApiToken(long id, String name, Instant createdAt, Instant lastUsedAt) {
}
