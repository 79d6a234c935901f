package app.kith.io;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What the CSV readers do with a cell: split the values in it, pick the first one given, join a name. */
final class CsvCells {

    /** How Google puts several values in one cell: {@code a@x.com ::: b@y.com}. */
    private static final Pattern GOOGLE = Pattern.compile("\\s*:::\\s*");
    /** How a spreadsheet usually does: {@code a@x.com; b@y.com} or {@code a@x.com, b@y.com}. */
    private static final Pattern LIST = Pattern.compile("\\s*[;,]\\s*");

    private CsvCells() {
    }

    /** The values Google put in one cell, in order; none for an empty cell. */
    static List<String> google(String cell) {
        return split(cell, GOOGLE);
    }

    /** The values of a list cell: split on {@code :::} when the cell has it, else on {@code ;} or {@code ,}. */
    static List<String> list(String cell) {
        return split(cell, cell.contains(":::") ? GOOGLE : LIST);
    }

    /** The values of a cell split on {@code ;}, as Outlook writes its categories. */
    static List<String> semicolons(String cell) {
        return split(cell, Pattern.compile("\\s*;\\s*"));
    }

    private static List<String> split(String cell, Pattern on) {
        return Arrays.stream(on.split(cell.strip())).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** The first value given, stripped; null when none is. */
    static String first(String... values) {
        return Arrays.stream(values).filter(v -> v != null && !v.isBlank()).map(String::strip).findFirst().orElse(null);
    }

    /** Parts of a name, each given one once, with single spaces. */
    static String name(String... parts) {
        return Arrays.stream(parts).filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" "));
    }

    /** The first address on linkedin.com among these, or null. */
    static String linkedin(Collection<String> urls) {
        return urls.stream().filter(u -> u.toLowerCase(Locale.ROOT).contains("linkedin.com")).findFirst().orElse(null);
    }
}
