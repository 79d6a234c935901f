package app.kith.ask;

import java.time.LocalDate;

/** One step of an ask's history, for the person's timeline. */
public record AskEvent(long id, long askId, LocalDate on, AskEventKind kind, LocalDate puntedTo, String note) {
}
