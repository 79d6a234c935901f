package app.kith.touchpoint;

import com.fasterxml.jackson.annotation.JsonValue;
import app.kith.Invalid;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a touchpoint happened. */
public enum Channel {
    EMAIL, CALL, VIDEO, COFFEE, MEETING, MESSAGE, EVENT, SOCIAL, OTHER;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Channel parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return OTHER;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Invalid(field, field + " must be one of " + Arrays.stream(values()).map(Channel::key)
                    .collect(Collectors.joining(", ")) + ", not \"" + value + "\"");
        }
    }
}
