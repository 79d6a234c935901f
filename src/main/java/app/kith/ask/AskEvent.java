package app.kith.ask;

import java.time.LocalDate;
import org.jspecify.annotations.NonNull;

/** One step of an ask's history, for the person's timeline. */
public record AskEvent(long id, long askId, @NonNull LocalDate on, @NonNull AskEventKind kind, LocalDate puntedTo, String note) {
}
