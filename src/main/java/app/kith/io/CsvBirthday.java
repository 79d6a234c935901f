package app.kith.io;

import app.kith.person.Lenient;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A birthday as contacts apps write it in CSV, in Kith's words ({@code YYYY-MM-DD}, or
 * {@code --MM-DD} without a year): Google's {@code 1990-07-21} and {@code --07-21}, Outlook's
 * {@code 7/21/1990} (month first, as Outlook writes it whatever the language) and {@code 0/0/00}
 * for none. A date that is not one, or a year before 1900 (how apps say "unknown"), gives no
 * year or no birthday: a birthday Kith cannot read should not cost the person their row.
 */
final class CsvBirthday {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
    private static final Pattern NO_YEAR = Pattern.compile("--(\\d{1,2})-?(\\d{1,2})");
    private static final Pattern SLASHES = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})(?: .*)?");
    /** Two-digit years are a birthday's: 30 to 99 are the 1900s, 00 to 29 the 2000s. */
    private static final int PIVOT = 30;

    private CsvBirthday() {
    }

    /** The birthday in Kith's words, or null when there is none Kith can read. */
    static String read(String text) {
        String t = text == null ? "" : text.strip();
        Matcher m;
        if ((m = ISO.matcher(t)).matches()) {
            return words(num(m, 1), num(m, 2), num(m, 3));
        }
        if ((m = NO_YEAR.matcher(t)).matches()) {
            return words(null, num(m, 1), num(m, 2));
        }
        if ((m = SLASHES.matcher(t)).matches()) {
            int year = num(m, 3);
            if (m.group(3).length() == 2) {
                year += year < PIVOT ? 2000 : 1900;
            }
            int first = num(m, 1);
            int second = num(m, 2);
            // Month first, unless the first number cannot be a month (21/7/1990).
            return first > 12 ? words(year, second, first) : words(year, first, second);
        }
        return null;
    }

    /**
     * The same, and when the cell holds something that is no birthday Kith can read, that value
     * added to {@code dropped}, so the import says it left it out. Outlook's {@code 0/0/00} (and
     * any date of zeros) is its way of saying none.
     */
    static String read(String text, List<Lenient.Dropped> dropped) {
        String birthday = read(text);
        String t = text == null ? "" : text.strip();
        if (birthday == null && !t.isEmpty() && !t.matches("[0/.\\-]+")) {
            dropped.add(new Lenient.Dropped("birthday", t, "is not a date"));
        }
        return birthday;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static String words(Integer year, int month, int day) {
        try {
            if (year == null || year < 1900) {
                LocalDate.of(2000, month, day);
                return String.format(Locale.ROOT, "--%02d-%02d", month, day);
            }
            return LocalDate.of(year, month, day).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
