package app.kith.dupes;

import app.kith.person.Person;
import java.util.List;

/**
 * Two people of an account who are likely one, with the reasons in words ("same email
 * ada@example.com", "close names: Jon Smith / John Smith") and how many touchpoints each has.
 * {@code a} is the one to keep unless the user says otherwise: the one with more history, else the
 * one added first.
 */
public record Duplicate(Person a, Person b, List<String> reasons, int touchpointsA, int touchpointsB) {

    /** The same pair, the other one kept. */
    public Duplicate swapped() {
        return new Duplicate(b, a, reasons, touchpointsB, touchpointsA);
    }

    /** Whether this is the pair of these two people, in either order. */
    public boolean is(long x, long y) {
        return a.id() == x && b.id() == y || a.id() == y && b.id() == x;
    }
}
