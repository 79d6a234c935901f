package app.kith.reminder;

import java.time.LocalDate;

/** A one-off reminder about a person ({@code personName}), for a day ({@code on}). */
public record Reminder(long id, long personId, String personName, LocalDate on, String text) {
}
