package app.kith.io;

import app.kith.Invalid;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Text from an uploaded file, read as it streams: UTF-8 without its byte-order mark, and refused
 * as soon as it shows it is no text file (a NUL character, bytes that are not UTF-8, a line
 * longer than any contact's). It counts lines, so a refusal says where.
 */
final class TextInput extends FilterReader {

    /** No real contacts file has a line this long; a file that does is not one (or is one line of 200 MB). */
    static final int MAX_LINE = 1 << 20;

    /** Why a file is not the text it claims to be; {@link #refusal} turns it into the user's error. */
    static final class NotText extends IOException {
        NotText(String message) {
            super(message);
        }
    }

    private int line = 1;
    private int lineLength;
    private boolean started;
    private boolean sawAnything;

    private TextInput(Reader in) {
        super(in);
    }

    static TextInput utf8(InputStream in) {
        return new TextInput(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    /** The line being read (1 for the first). */
    int line() {
        return line;
    }

    /** Whether any character has been read: an empty file has none. */
    boolean sawAnything() {
        return sawAnything;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n;
        try {
            n = super.read(buffer, offset, length);
        } catch (CharacterCodingException e) {
            // The decoder refuses a whole buffer, so the line it stopped in is not known for sure.
            throw new NotText("it is not UTF-8 text; save it as UTF-8 (in Excel: Save As, \"CSV UTF-8\")");
        }
        if (n <= 0) {
            return n;
        }
        int from = offset;
        if (!started) {
            started = true;
            if (buffer[offset] == '\uFEFF') {
                // The byte-order mark LinkedIn and Excel put first is no part of the text.
                System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
                n--;
                if (n == 0) {
                    return read(buffer, offset, length);
                }
            }
        }
        for (int i = from; i < offset + n; i++) {
            char c = buffer[i];
            sawAnything = true;
            if (c == '\0') {
                throw new NotText("it is a binary file, not text");
            }
            if (c == '\n') {
                line++;
                lineLength = 0;
            } else if (++lineLength > MAX_LINE) {
                throw new NotText(String.format(Locale.ROOT, "line %,d is longer than %,d characters, more than any contact",
                        line, MAX_LINE));
            }
        }
        return n;
    }

    /**
     * The user's error for a failure while reading {@code what} ("a LinkedIn export"): why it is
     * not text, or that it could not be read at all.
     */
    static Invalid refusal(Throwable failure, String what) {
        Throwable t = failure;
        while (t != null) {
            if (t instanceof NotText notText) {
                return new Invalid("file", "The file is not " + what + ": " + notText.getMessage());
            }
            t = t.getCause();
        }
        return new Invalid("file", "The file could not be read as " + what + ": " + failure.getMessage());
    }

    /** Runs a read that may fail on the text, turning such a failure into the user's error. */
    static void guard(String what, IoWork work) {
        try {
            work.run();
        } catch (IOException | UncheckedIOException e) {
            throw refusal(e, what);
        }
    }

    /** A read that may throw IOException. */
    interface IoWork {
        void run() throws IOException;
    }
}
