package app.kith.web.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** An input that counts the bytes read through it, so an import's progress is a share of its file. */
final class CountingInput extends FilterInputStream {

    private volatile long count;

    CountingInput(InputStream in) {
        super(in);
    }

    long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count += n;
        }
        return n;
    }
}
