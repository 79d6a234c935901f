package app.kith.web.who;

import app.kith.search.WhoQuery;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The "Who knows" page's state as its address carries it: {@code q}, {@code circle},
 * {@code location} and {@code why}, as typed, so a refused value is shown back to be corrected.
 * A circle that is no number is no filter (an edited address still shows a page).
 */
public record WhoFilters(String q, Long circle, String location, String why) {

    /** Longer than any question a person types; the search refuses more, naming the field. */
    static final int MAX_TEXT = 200;

    static WhoFilters parse(String q, String circle, String location, String why) {
        return new WhoFilters(q == null ? "" : q, circle != null && circle.strip().matches("\\d{1,18}")
                ? Long.valueOf(circle.strip()) : null, location == null ? "" : location, why == null ? "" : why.strip());
    }

    public boolean blank() {
        return q.isBlank();
    }

    WhoQuery query() {
        return new WhoQuery(q, circle, location, why, WhoQuery.DEFAULT_LIMIT);
    }

    /** How many filters narrow the search: a circle, a location, why they matter. */
    public int active() {
        return (circle != null ? 1 : 0) + (location.isBlank() ? 0 : 1) + (why.isBlank() ? 0 : 1);
    }

    /** The search as an ask's words: "tax advice", without the quotes of a phrase. */
    String topic() {
        return q.replace("\"", "").replace("“", "").replace("”", "").strip().replaceAll("\\s+", " ");
    }

    /** The same words without the filters. */
    public String unfilteredUrl() {
        return new WhoFilters(q, null, "", "").url();
    }

    /** This state's address, leaving out what is empty. */
    public String url() {
        List<String> params = new ArrayList<>();
        if (!q.isBlank()) {
            params.add("q=" + encode(q.strip()));
        }
        if (circle != null) {
            params.add("circle=" + circle);
        }
        if (!location.isBlank()) {
            params.add("location=" + encode(location.strip()));
        }
        if (!why.isBlank()) {
            params.add("why=" + encode(why));
        }
        return "/who" + (params.isEmpty() ? "" : "?" + String.join("&", params));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
