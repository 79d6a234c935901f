package app.kith.io;

import java.io.InputStream;

/** The same bytes {@code times} times, made as they are read: a large file that never exists whole. */
final class VCardRepeatedBytes extends InputStream {

    private final byte[] part;
    private final long total;
    private long position;

    VCardRepeatedBytes(byte[] part, long times) {
        this.part = part;
        this.total = part.length * times;
    }

    /** How many bytes have been read so far. */
    long position() {
        return position;
    }

    @Override
    public int read() {
        return position < total ? part[(int) (position++ % part.length)] & 0xff : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (position >= total) {
            return -1;
        }
        int n = (int) Math.min(length, total - position);
        for (int i = 0; i < n; i++) {
            buffer[offset + i] = part[(int) (position++ % part.length)];
        }
        return n;
    }
}
