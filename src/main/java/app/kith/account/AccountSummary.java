package app.kith.account;

import java.time.Instant;
import org.jspecify.annotations.NonNull;

/** One account as an admin sees it: who, since when, how much is in it; null times are "never". */
public record AccountSummary(long id, String email, boolean owner, boolean admin, @NonNull Instant createdAt,
                             Instant lastSignInAt, Instant disabledAt, int people) {

    public boolean disabled() {
        return disabledAt != null;
    }
}
