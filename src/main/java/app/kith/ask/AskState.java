package app.kith.ask;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where an ask stands: open while waiting or punted, closed once answered or dropped. */
public enum AskState {
    WAITING, PUNTED, YES, NO, DROPPED;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean open() {
        return this == WAITING || this == PUNTED;
    }

    static AskState of(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
