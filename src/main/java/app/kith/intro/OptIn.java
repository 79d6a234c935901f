package app.kith.intro;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** One side's answer in the double opt-in: asked whether they would like to meet, then agreed or declined. */
public enum OptIn {
    ASKED, AGREED, DECLINED;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
