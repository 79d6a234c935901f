package app.kith.dupes;

import app.kith.intro.Reassigned;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The rows a merge moved from the merged person to the kept one, by id, as each feature reported
 * them, so that an undo moves back exactly these: touchpoints, asks, introductions with their
 * steps, reminders and key dates.
 */
record Moved(List<Long> touchpoints, List<Long> asks, Reassigned introductions, List<Long> reminders,
             List<Long> keyDates) {

    /** How the ids are kept in a {@code person_merge} column: comma-separated, empty for none. */
    static String text(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static List<Long> ids(String text) {
        return text.isEmpty() ? List.of() : Arrays.stream(text.split(",")).map(Long::valueOf).toList();
    }
}
