package app.kith.account;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Someone's own Kith: all data belongs to exactly one account. The owner is made on first use
 * with no email; {@code account create} gives it a sign-in. The owner is an admin, who may see
 * and manage the other accounts; a disabled account keeps its data but nothing signs in to it.
 */
public record Account(long id, String email, boolean owner, boolean canSignIn, Settings settings, boolean admin,
                      boolean disabled) {

    public LocalDate today(Clock clock) {
        return settings.today(clock);
    }

    public String label() {
        return email != null ? email : "owner (no sign-in yet)";
    }
}
