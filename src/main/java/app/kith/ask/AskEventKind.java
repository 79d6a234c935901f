package app.kith.ask;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What happened to an ask on a day. */
public enum AskEventKind {
    ASKED, FOLLOWED_UP, REPLIED, PUNTED, YES, NO, DROPPED;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static AskEventKind of(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
