package app.kith.io;

import app.kith.person.FirstDue;

/**
 * When the people an import creates first fall due: spread over their first rhythm from the import
 * day (the day after it to a rhythm later), so that 30 monthly people arrive about one a day and
 * nobody arrives overdue, as they would if their clocks started on LinkedIn's "Connected On"
 * years ago. The {@code n}-th person's place in the rhythm is the van der Corput sequence's
 * {@code n}-th term (0, 1/2, 1/4, 3/4, 1/8…): however many people the file turns out to hold, the
 * first ones are already spread over the whole rhythm, and the same file gives the same days. A
 * file that tells when you were last in touch logs it, and that touchpoint sets their clock.
 */
final class Arrivals {

    private Arrivals() {
    }

    /** For a chunk whose first person is the {@code first}-th the import creates. */
    static FirstDue from(int first) {
        return (index, rhythmDays) -> 1 + (int) (place(first + index) * rhythmDays);
    }

    /** The n-th term of the van der Corput sequence in base 2: n's binary digits mirrored after the point. */
    static double place(int n) {
        return (Integer.reverse(n) & 0xFFFF_FFFFL) / 4294967296.0;
    }
}
