package app.kith.dupes;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The rows a merge moved from the merged person to the kept one, by id, so that an undo moves
 * back exactly these: touchpoints, asks, introductions where they were side a or side b, and the
 * introduction steps about them.
 */
record Moved(List<Long> touchpoints, List<Long> asks, List<Long> introsA, List<Long> introsB, List<Long> introEvents) {

    int introductions() {
        return introsA.size() + introsB.size();
    }

    static String text(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static List<Long> ids(String text) {
        return text.isEmpty() ? List.of() : Arrays.stream(text.split(",")).map(Long::valueOf).toList();
    }
}
