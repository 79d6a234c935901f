package app.kith.planner;

/**
 * What the current rhythms ask of a day: the contacts a day they need against the daily capacity.
 * When they need more than the capacity, the rhythms cannot be kept and Today says so.
 */
public record RhythmBudget(double contactsPerDay, int capacity, int trackedPeople, boolean kept, String message) {

    static RhythmBudget of(double contactsPerDay, int capacity, int trackedPeople) {
        // Two decimals below one a day, so a single monthly person reads 0.03, not 0.0.
        double rounded = contactsPerDay < 1 ? Math.round(contactsPerDay * 100) / 100.0 : Math.round(contactsPerDay * 10) / 10.0;
        boolean kept = contactsPerDay <= capacity;
        String need = (contactsPerDay < 1 ? String.format(java.util.Locale.ROOT, "%.2f", rounded)
                : String.format(java.util.Locale.ROOT, "%.1f", rounded));
        String message = kept
                ? "Your rhythms need " + need + " contacts a day; Today holds " + capacity + "."
                : "Your rhythms need " + need + " contacts a day but Today holds " + capacity + ": they cannot all be kept. "
                        + "Raise the daily capacity or give some people a longer rhythm.";
        return new RhythmBudget(rounded, capacity, trackedPeople, kept, message);
    }
}
