package app.kith.io;

import java.util.regex.Pattern;

/**
 * Spreadsheet formulas kept out of CSV exports, as OWASP's guidance on CSV injection says: a cell
 * that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be
 * run by Excel, LibreOffice or Google Sheets as a formula ({@code =HYPERLINK(…)}, and a phone
 * number {@code +1-555-0100} becomes -654), so it is written with a single quote before it and
 * shown as the text it is. Kith's CSV imports take that quote off again, so an export reads back
 * as it was written.
 *
 * <p>Both ways are exact inverses: a value that already begins with quotes before such a character
 * gets one more, and reading removes one.
 */
final class CsvFormulas {

    private static final Pattern ESCAPED = Pattern.compile("^'*[=+\\-@\\t\\r]");
    private static final Pattern UNESCAPE = Pattern.compile("^'+[=+\\-@\\t\\r]");

    private CsvFormulas() {
    }

    /** The cell as written to a file a spreadsheet opens. */
    static String neutral(String cell) {
        return cell != null && ESCAPED.matcher(cell).find() ? "'" + cell : cell;
    }

    /** The value a cell written by {@link #neutral} holds. */
    static String original(String cell) {
        return cell != null && UNESCAPE.matcher(cell).find() ? cell.substring(1) : cell;
    }
}
