package app.kith.io;

import java.io.InputStream;

/**
 * Reads one format of contacts file as a stream: never the whole file at once. A file that is not
 * what it claims (empty, binary, not UTF-8 where UTF-8 is required, wrong columns, a line longer
 * than any real one) is refused with {@link app.kith.Invalid} on the field {@code file}, naming
 * the problem; a single bad row is reported to the sink as {@link Skipped} and reading goes on.
 */
interface ContactReader {

    void read(InputStream in, ContactSink sink);
}
