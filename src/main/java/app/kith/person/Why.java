package app.kith.person;

import com.fasterxml.jackson.annotation.JsonValue;
import app.kith.Invalid;
import java.util.Locale;

/** Why a person matters: they are awesome, a source of connections, or both. It weighs their priority. */
public enum Why {
    AWESOME(1.25),
    CONNECTOR(1.25),
    BOTH(1.5);

    /** Weight of someone with no reason given. */
    public static final double NONE_WEIGHT = 1.0;

    private final double weight;

    Why(double weight) {
        this.weight = weight;
    }

    public double weight() {
        return weight;
    }

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static double weightOf(Why why) {
        return why == null ? NONE_WEIGHT : why.weight;
    }

    /** Parses awesome, connector or both; blank means no reason given. */
    public static Why parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "awesome" -> AWESOME;
            case "connector" -> CONNECTOR;
            case "both", "awesome,connector", "connector,awesome" -> BOTH;
            default -> throw new Invalid(field, field + " must be awesome, connector or both, not \"" + value + "\"");
        };
    }
}
