package app.kith.touchpoint;

import java.time.LocalDate;

/** A person's touches seen from one day: the last one before it, and whether one falls on it. */
public record DayState(long personId, LocalDate lastBefore, boolean touchedOn) {
}
