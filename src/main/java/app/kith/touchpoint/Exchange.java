package app.kith.touchpoint;

import java.time.LocalDate;

/**
 * A person's touches seen from the start of a day: the last one they started before it, the last
 * one you started or shared before it, and whether you started or shared one on the day itself.
 */
public record Exchange(long personId, LocalDate lastInBefore, LocalDate lastOutBefore, boolean answeredOn) {
}
