package app.kith.web.io;

import app.kith.Invalid;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.springframework.util.unit.DataSize;

/** An uploaded file compressed to wait in the store, refused past a size once compressed. */
final class Packed {

    private Packed() {
    }

    static byte[] pack(InputStream in, long maxBytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream() {
            @Override
            public synchronized void write(byte[] b, int off, int len) {
                if (count + len > maxBytes) {
                    throw new Invalid("file", "This file is too large to wait for its confirmation: "
                            + DataSize.ofBytes(maxBytes).toMegabytes() + " MB at most once compressed."
                            + " Split it, and import the parts one after the other.");
                }
                super.write(b, off, len);
            }
        };
        try (in; OutputStream out = new GZIPOutputStream(bytes, 64 * 1024)) {
            in.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static InputStream unpack(byte[] packed) {
        try {
            return new GZIPInputStream(new ByteArrayInputStream(packed));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
