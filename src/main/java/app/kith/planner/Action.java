package app.kith.planner;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What the user did about an item on its day; any of them checks the item off. */
public enum Action {
    LOGGED, SNOOZED, SKIPPED;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
