package app.kith.touchpoint;

import java.time.LocalDate;

/** A touchpoint was logged: the person's clock may move, and who reached out last. */
public record TouchpointLogged(long accountId, long personId, long touchpointId, LocalDate on, Direction direction) {
}
