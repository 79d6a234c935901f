package app.kith.io;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an import does or did ({@code applied}): how many rows it read, and what became of them:
 * people created, people already in Kith updated with what the file adds, rows merged into an
 * earlier row of the same person, rows with nothing new, rows skipped (each with its line, what it
 * has and why); the circles it makes for the groups the file names ({@code newCircles}, without a
 * rhythm). {@code rows} lists what happens to each row, the first {@link #MAX_ROWS} of them;
 * {@code skipped} the first {@link #MAX_SKIPPED} rows skipped, {@code skippedCount} all of them.
 * {@code mapping}: for a plain CSV, which column each of Kith's fields was read from (the one
 * given or the guess), so it can be checked; null for other formats. {@code dropped}: values left
 * out of people who were imported without them (the first {@link #MAX_SKIPPED}; all of them
 * counted in {@code droppedCount}); {@code groups}: the group cards of a vCard file and who joins
 * each; {@code changed}: what the file changes about each person already here (the first
 * {@link #MAX_ROWS}).
 */
public record ImportResult(boolean applied, String format, int read, int created, int updated, int merged,
                           int unchanged, List<String> newCircles, List<Row> rows, List<Skip> skipped,
                           int skippedCount, @Nullable Map<String, String> mapping, List<Dropped> dropped,
                           int droppedCount, List<Group> groups, List<Changed> changed) {

    public static final int MAX_ROWS = 500;
    public static final int MAX_SKIPPED = 1_000;

    /**
     * A row and what happens to it: create, update, merge, unchanged, skip, or group (a group card,
     * which becomes a circle); {@code name} the person's (the group's), or what a skipped row has
     * to know it by; {@code why} in words.
     */
    public record Row(int line, String name, String action, String why) {
    }

    /** A row left out, with its line, what it has to know it by ({@code name}), and the reason. */
    public record Skip(int line, String name, String reason) {

        /** "line 8 (linkedin.com/in/nobody): no first or last name". */
        public String sentence() {
            return "line " + line + " (" + name + "): " + reason;
        }
    }

    /**
     * A value a person was imported without: Kith's field ({@code emails}, {@code birthday}…),
     * the value as the file has it (shortened when long), and why it was left out.
     */
    public record Dropped(int line, String name, String field, String value, String why) {

        private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("emails", "email"),
                Map.entry("phones", "phone"), Map.entry("linkedinUrl", "LinkedIn URL"),
                Map.entry("howWeMet", "how we met"), Map.entry("topics", "topic"), Map.entry("rhythmDays", "rhythm"),
                Map.entry("circles", "group"), Map.entry("startedOn", "first day"),
                Map.entry("lookingFor", "looking for"), Map.entry("connectedOn", "Connected On"));

        /** "birthday '31/02/1990' is not a date; imported without it". */
        public String sentence() {
            String shown = value.length() > 60 ? value.substring(0, 57) + "…" : value;
            return LABELS.getOrDefault(field, field) + " '" + shown + "' " + why + "; imported without it";
        }
    }

    /**
     * A group card, which becomes a circle: its name, how many people join it, and how many of
     * the members it names are neither in the file nor in Kith.
     */
    public record Group(int line, String name, int people, int notFound) {

        /** "Group 'Family' → circle with 4 people". */
        public String sentence() {
            return "Group '" + name + "' → circle with " + count(people, "person", "people")
                    + (notFound == 0 ? "" : " (" + count(notFound, "member", "members") + " not in the file)");
        }
    }

    /** Someone already here, and what the file changes about them, in words: "role Engineer → Staff Engineer". */
    public record Changed(int line, long personId, String name, List<String> changes) {
    }

    static String count(int n, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }
}
