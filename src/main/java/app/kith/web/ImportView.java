package app.kith.web;

import app.kith.io.ImportResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The import page in one of its three states: the form (its choices as typed, refusals by field);
 * a preview of an uploaded file waiting for confirmation ({@code token}); or what an import did.
 */
public record ImportView(String format, String circle, List<Option> formats, List<Option> circles,
                         Map<String, String> errors, String token, String fileName, ImportResult result,
                         String summary) {

    public boolean isForm() {
        return result == null;
    }

    /** For a plain CSV, the column each field was read from, guessed from their names: "name ← Full Name, …". */
    public String columns() {
        return result == null || result.mapping() == null ? null : result.mapping().entrySet().stream()
                .map(e -> e.getKey() + " ← " + e.getValue()).collect(java.util.stream.Collectors.joining(", "));
    }

    /** "3 people to create, 1 to update…", or what was done, in words. */
    static String summary(ImportResult r) {
        List<String> parts = new ArrayList<>();
        String will = r.applied() ? "" : " to";
        parts.add(count(r.created(), "person", "people") + (r.applied() ? " created" : " to create"));
        if (r.updated() > 0) {
            parts.add(count(r.updated(), "person", "people") + " already here" + will + (r.applied() ? " updated" : " update"));
        }
        if (r.merged() > 0) {
            parts.add(count(r.merged(), "row", "rows") + " about someone an earlier row brought, merged");
        }
        if (r.unchanged() > 0) {
            parts.add(count(r.unchanged(), "row", "rows") + " with nothing new");
        }
        if (!r.skipped().isEmpty()) {
            parts.add(count(r.skipped().size(), "row", "rows") + " skipped");
        }
        return String.format(Locale.ROOT, "%,d rows read: ", r.read()) + String.join(", ", parts) + ".";
    }

    private static String count(int n, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }
}
