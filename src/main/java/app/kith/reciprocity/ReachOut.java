package app.kith.reciprocity;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.NonNull;

/** The last time one side reached out: who ({@code they} or {@code you}), on which day, by which channel. */
public record ReachOut(@NonNull Side by, @NonNull LocalDate on, @NonNull String channel) {

    public enum Side {
        THEY, YOU;

        @JsonValue
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
