package app.kith.agenda;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * One meeting as read from a calendar, a recurring event's occurrence being one each: its key
 * (UID and recurrence id, what makes it once), when, the day it falls on in the account's zone, its
 * kind (video, coffee, meeting), its title (for the touchpoint's note) and the addresses of the
 * others who did not decline. Skipped when cancelled or declined by you.
 */
record Occurrence(String key, Instant start, Instant end, LocalDate day, String kind, String summary,
                  Set<String> others) {
}
