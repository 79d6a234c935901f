package app.kith.intro;

import java.util.List;

/**
 * What {@link Introductions#reassign(long, long, long)} moved from one person to another, by id, so
 * that an undo moves back exactly these: the introductions where they were side a, side b, and the
 * opt-in steps about them.
 */
public record Reassigned(List<Long> asA, List<Long> asB, List<Long> events) {

    public Reassigned {
        asA = List.copyOf(asA);
        asB = List.copyOf(asB);
        events = List.copyOf(events);
    }

    /** How many introductions moved, on either side; their steps go with them and are not counted. */
    public int count() {
        return asA.size() + asB.size();
    }
}
