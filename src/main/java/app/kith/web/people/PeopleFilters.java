package app.kith.web.people;

import app.kith.person.PeopleQuery;
import app.kith.person.PeopleQuery.Reason;
import app.kith.person.PeopleQuery.Sort;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The People page's state as its address carries it: {@code q}, {@code circle}, {@code due},
 * {@code why}, {@code sort} and {@code page}. Anything unreadable falls back to its default,
 * so an edited or stale address still shows a page. No {@code sort} (null) is the default order:
 * by relevance for a search, else by due date.
 */
public record PeopleFilters(String q, Long circle, boolean due, Reason why, Sort sort, int page) {

    static PeopleFilters parse(String q, String circle, String due, String why, String sort, String page) {
        return new PeopleFilters(q == null ? "" : q, number(circle), due != null && !due.isBlank(),
                reason(why), sort(sort), Math.max(1, number(page) == null ? 1 : (int) Math.min(number(page), 100_000)));
    }

    PeopleQuery query(int pageSize) {
        return new PeopleQuery(q, circle, due, why, sort, pageSize, (page - 1) * pageSize);
    }

    PeopleFilters onPage(int other) {
        return new PeopleFilters(q, circle, due, why, sort, other);
    }

    /** True when something narrows the list (the order and the page do not). */
    boolean narrowed() {
        return !q.isBlank() || circle != null || due || why != null;
    }

    /** How many filters narrow the list besides the search: a circle, due only, why they matter. */
    public int active() {
        return (circle != null ? 1 : 0) + (due ? 1 : 0) + (why != null ? 1 : 0);
    }

    /** This state's address on another page, leaving out what is at its default. */
    String url(int onPage) {
        List<String> params = new ArrayList<>();
        if (!q.isBlank()) {
            params.add("q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        }
        if (circle != null) {
            params.add("circle=" + circle);
        }
        if (due) {
            params.add("due=1");
        }
        if (why != null) {
            params.add("why=" + key(why));
        }
        if (sort != null) {
            params.add("sort=" + key(sort));
        }
        if (onPage > 1) {
            params.add("page=" + onPage);
        }
        return "/people" + (params.isEmpty() ? "" : "?" + String.join("&", params));
    }

    /** The search typed, asked of "Who knows" instead (a search that ranks and says why). */
    public String whoUrl() {
        return "/who?q=" + URLEncoder.encode(q.strip(), StandardCharsets.UTF_8);
    }

    public static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Reason reason(String value) {
        for (Reason r : Reason.values()) {
            if (key(r).equals(value)) {
                return r;
            }
        }
        return null;
    }

    private static Sort sort(String value) {
        for (Sort s : Sort.values()) {
            if (key(s).equals(value)) {
                return s;
            }
        }
        return null;
    }

    private static Long number(String value) {
        return value != null && value.strip().matches("\\d{1,18}") ? Long.valueOf(value.strip()) : null;
    }
}
