package app.kith.account;

import app.kith.Invalid;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What an API token may do: {@code read} only reads (GET, HEAD); {@code write} does everything. */
public enum TokenScope {
    READ, WRITE;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A scope as typed; blank is {@code write}, what every token could do before scopes. */
    public static TokenScope of(String field, String text) {
        if (text == null || text.isBlank()) {
            return WRITE;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "read" -> READ;
            case "write" -> WRITE;
            default -> throw new Invalid(field, field + " must be read or write, not \"" + text.strip() + "\"");
        };
    }

    /** Whether a request with this HTTP method is within the scope. */
    public boolean allows(String method) {
        return this == WRITE || "GET".equals(method) || "HEAD".equals(method);
    }
}
