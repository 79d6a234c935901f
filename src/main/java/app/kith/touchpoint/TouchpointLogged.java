package app.kith.touchpoint;

import java.time.LocalDate;

/** A touchpoint was logged: the person's clock may move. */
public record TouchpointLogged(long accountId, long personId, long touchpointId, LocalDate on) {
}
