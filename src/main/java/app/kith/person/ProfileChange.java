package app.kith.person;

import java.time.LocalDate;

/** One field a source changed about a person on a day, as it is kept: what a JSON export carries. */
public record ProfileChange(long personId, LocalDate on, String field, String before, String after, String source) {
}
