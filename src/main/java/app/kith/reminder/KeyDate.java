package app.kith.reminder;

import java.time.LocalDate;

/** A date that matters about a person besides the birthday: once on {@code on}, or every year on its month and day. */
public record KeyDate(long id, long personId, String label, LocalDate on, boolean yearly) {
}
