package app.kith.intro;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** One side's part in the double opt-in: asked whether they would like to meet, then agreed or declined. */
public enum Answer {
    ASKED, AGREED, DECLINED;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Answer ofKey(String key) {
        return key == null ? null : valueOf(key.toUpperCase(Locale.ROOT));
    }
}
