package app.kith.io;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an import does or did ({@code applied}): how many rows it read, and what became of them:
 * people created, people already in Kith updated with what the file adds, rows merged into an
 * earlier row of the same person, rows with nothing new, rows skipped (each with its line and
 * why); the circles it makes for the groups the file names ({@code newCircles}, without a
 * rhythm). {@code rows} lists what happens to each row, the first {@link #MAX_ROWS} of them;
 * {@code skipped} the first {@link #MAX_SKIPPED} rows skipped, {@code skippedCount} all of them.
 * {@code mapping}: for a plain CSV, which column each of Kith's fields was read from (the one
 * given or the guess), so it can be checked; null for other formats.
 */
public record ImportResult(boolean applied, String format, int read, int created, int updated, int merged,
                           int unchanged, List<String> newCircles, List<Row> rows, List<Skip> skipped,
                           int skippedCount, @Nullable Map<String, String> mapping) {

    public static final int MAX_ROWS = 500;
    public static final int MAX_SKIPPED = 1_000;

    /** A row and what happens to it: create, update, merge, unchanged; {@code why} in words. */
    public record Row(int line, String name, String action, String why) {
    }

    /** A row left out, with its line and the reason. */
    public record Skip(int line, String reason) {
    }
}
