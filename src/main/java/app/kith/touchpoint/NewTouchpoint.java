package app.kith.touchpoint;

import java.time.LocalDate;

/** A touchpoint to log, as typed; channel and direction default to other and out. */
public record NewTouchpoint(long personId, LocalDate on, String channel, String direction, String note) {
}
