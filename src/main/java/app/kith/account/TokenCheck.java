package app.kith.account;

import java.time.Instant;

/** What a known API token allows: its account within its scope, or nothing since it expired. */
public sealed interface TokenCheck {

    /** {@code expiresAt} null: the token never ends. */
    record Granted(Account account, TokenScope scope, Instant expiresAt) implements TokenCheck {
    }

    record Expired(Instant expiredAt) implements TokenCheck {
    }
}
