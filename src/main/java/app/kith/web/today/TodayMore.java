package app.kith.web.today;

import app.kith.planner.Planner;
import app.kith.planner.TodayItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * "Show more": the next ones after the list, a day's capacity at a time. A click asks for the
 * first {@code more} of them and names those already on the page ({@code shown}, by
 * {@link TodayRow#key}), so each click brings only new ones, also when some shown were acted on
 * meanwhile (they leave the plan's next ones, and the ones after them move up).
 *
 * @param items what this click adds to the page
 * @param href  the next click without JavaScript: the whole page, with that many next ones; null when nobody else waits
 * @param hx    the next click for htmx, naming everyone shown by then; null with {@code href}
 */
record TodayMore(List<TodayItem> items, String href, String hx) {

    /** How many of the next ones to plan for a click asking for {@code more}: one beyond, to know whether others follow. */
    static int toPlan(int more) {
        return Math.min(Planner.MAX_MORE, more + 1);
    }

    /**
     * The click that asked for the first {@code more} of the next ones ({@code planned}, planned
     * with {@link #toPlan}), of whom {@code shown} are already on the page.
     */
    static TodayMore of(LocalDate day, int capacity, int more, List<TodayItem> planned, String shown) {
        Set<String> onPage = keys(shown);
        List<TodayItem> items = planned.subList(0, Math.min(more, planned.size())).stream()
                .filter(i -> !onPage.contains(TodayRow.key(i))).toList();
        if (planned.size() <= more) {
            return new TodayMore(items, null, null);
        }
        List<String> all = new ArrayList<>(onPage);
        items.forEach(i -> all.add(TodayRow.key(i)));
        String next = "/today?date=" + day + "&more=" + Math.min(Planner.MAX_MORE, more + Math.max(1, capacity));
        return new TodayMore(items, next, next + "&shown=" + String.join(",", all));
    }

    private static Set<String> keys(String shown) {
        Set<String> keys = new LinkedHashSet<>();
        if (shown != null) {
            Arrays.stream(shown.split(",")).map(String::strip).filter(k -> k.matches("[a-z0-9-]{1,60}"))
                    .limit(Planner.MAX_MORE).forEach(keys::add);
        }
        return keys;
    }
}
