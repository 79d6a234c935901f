package app.kith.planner;

/**
 * What the current rhythms ask of a day: the contacts a day they need against the daily capacity.
 * When they need more than the capacity, the rhythms cannot be kept and Today says so.
 */
public record RhythmBudget(double contactsPerDay, int capacity, int trackedPeople, boolean kept, String message) {

    static RhythmBudget of(double contactsPerDay, int capacity, int trackedPeople) {
        double rounded = Math.round(contactsPerDay * 10) / 10.0;
        boolean kept = contactsPerDay <= capacity;
        String message = kept
                ? String.format(java.util.Locale.ROOT, "Your rhythms need %.1f contacts a day; Today holds %d.", rounded, capacity)
                : String.format(java.util.Locale.ROOT,
                        "Your rhythms need %.1f contacts a day but Today holds %d: they cannot all be kept. "
                                + "Raise the daily capacity or give some people a longer rhythm.", rounded, capacity);
        return new RhythmBudget(rounded, capacity, trackedPeople, kept, message);
    }
}
