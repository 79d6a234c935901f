package app.kith.web.io;

import app.kith.Counts;
import app.kith.io.CsvColumns;
import app.kith.io.ImportResult;
import app.kith.web.Option;
import java.util.List;
import java.util.Map;

/**
 * The import page in one of its states: the form (its choices as typed, refusals by field); a job
 * running ({@code jobId}, how far in {@code percent}, -1 when unknown, and at what); a preview of
 * an uploaded file waiting for confirmation ({@code token}); or what an import did.
 */
public record ImportView(String format, String circle, List<Option> formats, List<Option> circles,
                         Map<String, String> errors, String jobId, int percent, String stage, String token,
                         String fileName, ImportResult result, String summary, CsvColumns csv, int duplicates) {

    static ImportView form(String format, String circle, List<Option> formats, List<Option> circles,
                           Map<String, String> errors) {
        return new ImportView(format, circle, formats, circles, errors, null, -1, null, null, null, null, null, null, 0);
    }

    static ImportView running(ImportJob job) {
        String stage = switch (job.stage()) {
            case "writing" -> "Writing the people";
            case "indexing" -> "Making them findable by “who knows”";
            case "taking back" -> "The import failed; taking back what it wrote";
            case "reading" -> job.applying() ? "Reading the file again" : "Reading the file";
            default -> "Waiting for another import to finish";
        };
        return new ImportView(null, null, List.of(), List.of(), Map.of(), job.id(),
                job.done() < 0 ? -1 : (int) Math.round(job.done() * 100), stage, null, job.fileName(), null, null, null, 0);
    }

    /**
     * {@code csv}: a plain CSV's columns, to pick again which holds what (null for other files);
     * {@code duplicates}: the pairs of people that look like one, once an import has written.
     */
    static ImportView finished(ImportJob job, String token, CsvColumns csv, int duplicates) {
        return new ImportView(null, null, List.of(), List.of(), Map.of(), null, -1, null, token, job.fileName(),
                job.result(), summary(job.result()), csv, duplicates);
    }

    private static final Map<String, String> FIELD_LABELS = Map.ofEntries(Map.entry("name", "Name"),
            Map.entry("firstName", "First name"), Map.entry("lastName", "Last name"), Map.entry("emails", "Emails"),
            Map.entry("phones", "Phones"), Map.entry("company", "Company"), Map.entry("role", "Role"),
            Map.entry("location", "Location"), Map.entry("linkedinUrl", "LinkedIn"), Map.entry("birthday", "Birthday"),
            Map.entry("howWeMet", "How you met"), Map.entry("topics", "Topics"), Map.entry("notes", "Notes"),
            Map.entry("circles", "Circles"));

    /** A field of Kith in words: "First name" for firstName. */
    public static String label(String field) {
        return FIELD_LABELS.getOrDefault(field, field);
    }

    /** The file's columns no field is read from: shown, so nothing is left behind unnoticed. */
    public List<String> unread() {
        if (csv == null) {
            return List.of();
        }
        java.util.Collection<String> used = result == null || result.mapping() == null ? List.of() : result.mapping().values();
        return csv.header().stream().filter(c -> !used.contains(c)).toList();
    }

    /** The column a field is read from in this preview, or "" for none. */
    public String columnOf(String field) {
        return result == null || result.mapping() == null ? "" : result.mapping().getOrDefault(field, "");
    }

    public boolean isForm() {
        return result == null && jobId == null;
    }

    public boolean isRunning() {
        return jobId != null;
    }

    /** For a plain CSV, the column each field was read from, guessed from their names: "name ← Full Name, …". */
    public String columns() {
        return result == null || result.mapping() == null ? null : result.mapping().entrySet().stream()
                .map(e -> e.getKey() + " ← " + e.getValue()).collect(java.util.stream.Collectors.joining(", "));
    }

    /** "3 people to create, 1 to update…", or what was done, in words; a count of nothing is left out. */
    static String summary(ImportResult r) {
        String created = r.applied() ? " created" : " to create";
        String updated = r.applied() ? " already here updated" : " already here to update";
        String groups = r.applied() ? " made circles" : " to make circles";
        Counts parts = Counts.of()
                .add(r.created(), "person" + created, "people" + created)
                .add(r.updated(), "person" + updated, "people" + updated)
                .add(r.merged(), "row about someone an earlier row brought, merged",
                        "rows about someone an earlier row brought, merged")
                .add(r.unchanged(), "row with nothing new", "rows with nothing new")
                .add(r.groups().size(), "group card" + groups, "group cards" + groups)
                .add(r.droppedCount(), "value left out", "values left out")
                .add(r.skippedCount(), "row skipped", "rows skipped");
        return Counts.noun(r.read(), "row", "rows") + " read: " + parts.or("nothing to import") + ".";
    }
}
