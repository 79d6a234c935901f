package app.kith.io;

import com.github.mangstadt.vinnie.io.VObjectPropertyValues;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What only Kith knows about a person travels in {@code X-KITH-} properties, so a Kith → vCard →
 * Kith round trip keeps it; other apps ignore them. ez-vcard writes and reads such properties
 * verbatim, so their values are escaped here as vCard text (a newline as {@code \n}, a comma in a
 * list item as {@code \,}), which keeps every value on one line.
 */
final class VCardKith {

    static final String TOPICS = "X-KITH-TOPICS";
    static final String LOOKING_FOR = "X-KITH-LOOKING-FOR";
    static final String HOW_WE_MET = "X-KITH-HOW-WE-MET";
    static final String WHY = "X-KITH-WHY";
    static final String RHYTHM_DAYS = "X-KITH-RHYTHM-DAYS";

    private VCardKith() {
    }

    static String text(String value) {
        return VObjectPropertyValues.escape(value);
    }

    static String untext(String value) {
        return VObjectPropertyValues.unescape(value);
    }

    static String list(List<String> items) {
        return items.stream().map(VObjectPropertyValues::escape).collect(Collectors.joining(","));
    }

    static List<String> unlist(String value) {
        return VObjectPropertyValues.parseList(value).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
