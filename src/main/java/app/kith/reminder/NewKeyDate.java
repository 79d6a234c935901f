package app.kith.reminder;

import java.time.LocalDate;

/** A key date to add to a person; {@code yearly} false means it happens once. */
public record NewKeyDate(long personId, String label, LocalDate on, boolean yearly) {
}
