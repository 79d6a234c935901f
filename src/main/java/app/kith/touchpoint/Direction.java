package app.kith.touchpoint;

import com.fasterxml.jackson.annotation.JsonValue;
import app.kith.Invalid;
import java.util.Locale;

/** Who reached out: {@code out} I did, {@code in} they did, {@code mutual} both (a meeting). */
public enum Direction {
    OUT, IN, MUTUAL;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Direction parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return OUT;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "out" -> OUT;
            case "in" -> IN;
            case "mutual" -> MUTUAL;
            default -> throw new Invalid(field, field + " must be out, in or mutual, not \"" + value + "\"");
        };
    }
}
