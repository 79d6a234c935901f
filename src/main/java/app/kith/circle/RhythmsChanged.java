package app.kith.circle;

import java.util.List;

/** A circle's rhythm changed or the circle went away: these people's rhythm in force may differ now. */
public record RhythmsChanged(long accountId, List<Long> personIds) {
}
