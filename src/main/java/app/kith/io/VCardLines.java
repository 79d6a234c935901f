package app.kith.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Locale;

/**
 * Notes the line each top-level {@code BEGIN:VCARD} is on as the text streams past, so a card
 * ez-vcard hands back can be reported with its line: ez-vcard keeps no line for a card. The
 * parser reads ahead through buffers, so lines wait in a queue, one per card read but not yet
 * claimed; it only ever holds the cards of one buffer. Cards nested in a card (a vCard 2.1 AGENT)
 * are no cards of the file. A line ends at LF, CR LF or a lone CR, as for the parser. It also
 * refuses a property longer than any contact's (a photo of hundreds of megabytes folded over
 * short lines), which the parser would otherwise unfold in memory.
 */
final class VCardLines extends FilterReader {

    /** The longest property, folded lines joined, that a contact needs (a large photo fits). */
    static final int MAX_PROPERTY = 16 << 20;

    private static final int PREFIX = 16;

    private final ArrayDeque<Integer> begins = new ArrayDeque<>();
    private final StringBuilder prefix = new StringBuilder(PREFIX);
    private int line = 1;
    private int depth;
    private int cards;
    private int propertyLine = 1;
    private int propertyLength;
    private boolean lineStart = true;
    private boolean afterCr;

    VCardLines(Reader in) {
        super(in);
    }

    /** The line of the next card's BEGIN:VCARD, in file order; 0 if the parser found a card this did not. */
    int nextBegin() {
        Integer next = begins.poll();
        return next == null ? 0 : next;
    }

    /** How many top-level BEGIN:VCARD lines have been read so far. */
    int cards() {
        return cards;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) {
            endOfLine();
            return n;
        }
        for (int i = offset; i < offset + n; i++) {
            see(buffer[i]);
        }
        return n;
    }

    private void see(char c) throws IOException {
        boolean crLf = afterCr && c == '\n';
        afterCr = c == '\r';
        if (crLf) {
            return;
        }
        if (lineStart && c != ' ' && c != '\t') {
            propertyLine = line;
            propertyLength = 0;
        }
        lineStart = false;
        if (c == '\n' || c == '\r') {
            endOfLine();
            line++;
            lineStart = true;
            return;
        }
        if (++propertyLength > MAX_PROPERTY) {
            throw new TextInput.NotText(String.format(Locale.ROOT,
                    "the property on line %,d is longer than %,d characters, more than any contact",
                    propertyLine, MAX_PROPERTY));
        }
        if (prefix.length() < PREFIX) {
            prefix.append(c);
        }
    }

    private void endOfLine() {
        String start = prefix.toString().stripTrailing().toUpperCase(Locale.ROOT);
        prefix.setLength(0);
        if (start.equals("BEGIN:VCARD")) {
            if (depth++ == 0) {
                begins.add(line);
                cards++;
            }
        } else if (start.equals("END:VCARD") && depth > 0) {
            depth--;
        }
    }
}
