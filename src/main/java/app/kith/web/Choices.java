package app.kith.web;

import java.util.List;

/** The fixed choices of the person forms, in the words the pages use. */
public final class Choices {

    public static final List<Option> CHANNELS = List.of(new Option("email", "Email"), new Option("call", "Call"),
            new Option("video", "Video call"), new Option("coffee", "Coffee"),
            new Option("meeting", "Meeting"), new Option("message", "Message"),
            new Option("event", "Event"), new Option("social", "Social media"), new Option("other", "Other"));

    public static final List<Option> DIRECTIONS = List.of(new Option("out", "I did"), new Option("in", "They did"),
            new Option("mutual", "Both of us"));

    private Choices() {
    }

    /**
     * Whether the form's why-they-matter says awesome: the two toggles send "awesome",
     * "connector" or both (joined with a comma); a saved person gives "both".
     */
    public static boolean awesome(String why) {
        return why != null && (why.contains("awesome") || why.equals("both"));
    }

    public static boolean connector(String why) {
        return why != null && (why.contains("connector") || why.equals("both"));
    }

    public static String label(List<Option> options, String value) {
        return options.stream().filter(o -> o.value().equals(value)).map(Option::label).findFirst().orElse(value);
    }
}
