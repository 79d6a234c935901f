package app.kith.ask;

import java.time.LocalDate;

/** An ask to record: of whom, what (a short text), when (default today) and how (default message). */
public record NewAsk(long personId, String text, LocalDate on, String channel) {
}
