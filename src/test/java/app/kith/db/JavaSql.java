package app.kith.db;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL a Java file holds: per Java statement (up to its {@code ;}), its string literals and text
 * blocks joined, with the file's own {@code String} constants it names put in. That is the text a
 * query is built from, whether it is written whole or in pieces.
 */
final class JavaSql {

    /** A statement that names a piece of text: a constant, a local string, a builder, or one appended to. */
    private static final Pattern NAMED = Pattern.compile(
            "(?:\\b(?:String|StringBuilder|var)\\s+(\\w+)\\s*=(?!=)|^\\s*(\\w+)\\.append\\()");
    private static final Pattern WORD = Pattern.compile("\\b[A-Za-z_]\\w*\\b");

    record Statement(int line, String sql) {
    }

    private JavaSql() {
    }

    /**
     * The file's statements with their text. A piece of text given a name (a constant, a local
     * string or builder, however many appends) is checked where it is used, not where it is made:
     * each statement that names it gets its text. Names are the file's, not the method's, so one
     * {@code where} of two methods lends both its text: coarse, on the side of finding more.
     */
    static List<Statement> statements(String java) {
        List<Piece> pieces = pieces(java);
        Map<String, String> named = new HashMap<>();
        Map<String, String> namedFrom = new HashMap<>();
        for (Piece p : pieces) {
            Matcher m = NAMED.matcher(p.code());
            if (m.find()) {
                String name = m.group(1) != null ? m.group(1) : m.group(2);
                named.merge(name, p.text(), (a, b) -> a + " " + b);
                namedFrom.merge(name, p.code(), (a, b) -> a + " " + b);
            }
        }
        List<Statement> statements = new ArrayList<>();
        for (Piece p : pieces) {
            String sql = (p.text() + " " + inlined(p.code(), named, namedFrom)).strip();
            if (!sql.isEmpty()) {
                statements.add(new Statement(p.line(), sql));
            }
        }
        return statements;
    }

    /** The texts of the names the code uses, and of the names those were made from (one level more). */
    private static String inlined(String code, Map<String, String> named, Map<String, String> namedFrom) {
        StringBuilder text = new StringBuilder();
        Matcher w = WORD.matcher(code);
        while (w.find()) {
            String name = w.group();
            if (named.containsKey(name)) {
                text.append(' ').append(named.get(name));
                Matcher inner = WORD.matcher(namedFrom.get(name));
                while (inner.find()) {
                    if (!inner.group().equals(name) && named.containsKey(inner.group())) {
                        text.append(' ').append(named.get(inner.group()));
                    }
                }
            }
        }
        return text.toString();
    }

    /** A Java statement: its code with the literals taken out (up to the first literal), and the literals. */
    private record Piece(int line, String code, List<String> literals) {
        String text() {
            return String.join(" ", literals);
        }
    }

    private static List<Piece> pieces(String s) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder code = new StringBuilder();
        List<String> literals = new ArrayList<>();
        int line = 1;
        int start = 1;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n') {
                line++;
            }
            if (s.startsWith("//", i)) {
                int end = s.indexOf('\n', i);
                i = end < 0 ? s.length() : end;
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                line += count(s, i, end < 0 ? s.length() : end);
                i = end < 0 ? s.length() : end + 2;
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                while (end > 0 && s.charAt(end - 1) == '\\') {
                    end = s.indexOf("\"\"\"", end + 1);
                }
                start = literals.isEmpty() ? line : start;
                literals.add(s.substring(i + 3, end));
                line += count(s, i, end);
                i = end + 3;
            } else if (c == '"') {
                int j = i + 1;
                StringBuilder text = new StringBuilder();
                while (s.charAt(j) != '"') {
                    if (s.charAt(j) == '\\') {
                        j++;
                    }
                    text.append(s.charAt(j));
                    j++;
                }
                start = literals.isEmpty() ? line : start;
                literals.add(text.toString());
                i = j + 1;
            } else if (c == '\'') {
                int j = i + 1;
                while (s.charAt(j) != '\'') {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
            } else if (c == ';' || c == '{' || c == '}') {
                if (literals.isEmpty()) {
                    if (c == ';' && !code.toString().isBlank()) {
                        pieces.add(new Piece(start, code.toString(), List.of()));
                    }
                    code.setLength(0);
                    start = line;
                } else if (c == ';' || c == '}') {
                    pieces.add(new Piece(start, code.toString(), List.copyOf(literals)));
                    literals.clear();
                    code.setLength(0);
                    start = line;
                } else {
                    code.append(c); // a lambda's or array's brace inside the statement
                }
                i++;
            } else {
                code.append(c);
                i++;
            }
        }
        return pieces;
    }

    private static int count(String s, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '\n') {
                n++;
            }
        }
        return n;
    }
}
