package app.kith.touchpoint;

import java.time.LocalDate;

/**
 * What to change of a touchpoint, as typed: a null part stays as it is; an empty note clears the
 * note.
 */
public record TouchpointEdit(LocalDate on, String channel, String direction, String note) {
}
