package app.kith.agenda;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What kind of contact a meeting was, as a touchpoint channel: {@code video} when it carries a
 * link to Zoom, Google Meet, Teams, Webex, Whereby or Jitsi (in the place, the link, the
 * description or the conference properties Google and Outlook add); else {@code coffee} when its
 * title or place speaks of food or drink (coffee, café, tea, breakfast, brunch, lunch, dinner,
 * drinks, beer, wine); else {@code meeting}. Words in the description do not make coffee: it often
 * carries agendas and signatures.
 */
final class Kinds {

    static final String VIDEO = "video";
    static final String COFFEE = "coffee";
    static final String MEETING = "meeting";

    private static final Pattern MEETING_LINK = Pattern.compile(
            "(zoom\\.us/(j|my|w|s)/|zoomgov\\.com/j/|meet\\.google\\.com/|teams\\.microsoft\\.com/(l/meetup-join|meet)"
                    + "|teams\\.live\\.com/meet|\\.webex\\.com/|whereby\\.com/|meet\\.jit\\.si/)");

    private static final Pattern FOOD_OR_DRINK = Pattern.compile(
            "\\b(coffee|caf[eé]|tea|breakfast|brunch|lunch|dinner|supper|drinks?|beers?|wine|pub|bar)\\b");

    private Kinds() {
    }

    /**
     * @param spoken the title and the place, which may say coffee
     * @param linked every text that may hold a meeting link (place, URL, description, conference properties)
     */
    static String of(String spoken, String linked) {
        if (MEETING_LINK.matcher(linked.toLowerCase(Locale.ROOT)).find()) {
            return VIDEO;
        }
        if (FOOD_OR_DRINK.matcher(spoken.toLowerCase(Locale.ROOT)).find()) {
            return COFFEE;
        }
        return MEETING;
    }

    /** The kind as "Next:" says it: "coffee", "a video call", "a meeting". */
    static String inWords(String kind) {
        return switch (kind) {
            case COFFEE -> "coffee";
            case VIDEO -> "a video call";
            default -> "a meeting";
        };
    }
}
