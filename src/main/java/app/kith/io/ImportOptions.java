package app.kith.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How to import: the circle the people it creates join (null: none, so they do not all fall due
 * at once), and for a plain CSV which column holds which of Kith's fields ({@code mapping}, from
 * field to column; null or empty: guessed from the header, and told in the result).
 */
public record ImportOptions(String circle, Map<String, String> mapping) {

    public ImportOptions {
        mapping = mapping == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(mapping));
    }

    public ImportOptions(String circle) {
        this(circle, null);
    }
}
