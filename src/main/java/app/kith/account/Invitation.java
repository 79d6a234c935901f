package app.kith.account;

import java.time.Instant;

/** A pending invitation to sign up, as an admin sees it: who made it and until when it works; never its link. */
public record Invitation(long id, String createdBy, Instant createdAt, Instant expiresAt) {
}
