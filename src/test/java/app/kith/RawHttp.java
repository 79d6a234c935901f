package app.kith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP/1.1 over a plain socket, for what an HTTP client library will not do: send any Host header,
 * and read the answer while the body is still being sent (a server that refuses a body answers
 * before it has read it). The body streams from a generator, so a test can offer 150 MB without
 * holding them.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** An answer; {@code bodySent}: how many bytes of the request's body had left when it came. */
    public record Response(int status, Map<String, List<String>> headers, String body, long bodySent) {

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }

        @Override
        public String toString() {
            return status + " " + headers + " " + body.substring(0, Math.min(body.length(), 1000));
        }
    }

    /** A request with no body. */
    public static Response send(int port, String head) {
        return send(port, head, null);
    }

    /**
     * Sends {@code head} (the request line and headers, without the blank line) and then the
     * body, if any, on a thread of its own; returns as soon as the answer is read.
     */
    public static Response send(int port, String head, InputStream body) {
        Thread sender = null;
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write((head.strip() + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            AtomicLong sent = new AtomicLong();
            if (body != null) {
                sender = new Thread(() -> {
                    byte[] buffer = new byte[64 * 1024];
                    try (body) {
                        for (int n; (n = body.read(buffer)) > 0; ) {
                            out.write(buffer, 0, n);
                            sent.addAndGet(n);
                        }
                        out.flush();
                    } catch (IOException e) {
                        // The server stopped reading and closed: what a refusal looks like from here.
                    }
                }, "raw-http-body");
                sender.setDaemon(true);
                sender.start();
            }
            return read(socket.getInputStream(), sent);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            // The socket is closed by now: a body still being sent stops there.
            join(sender);
        }
    }

    private static void join(Thread sender) {
        try {
            if (sender != null) {
                sender.join(20_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code size} bytes: {@code start}, then {@code fill} again and again, made as they are read. */
    public static InputStream generated(long size, String start, String fill) {
        byte[] head = start.getBytes(StandardCharsets.UTF_8);
        byte[] tail = fill.getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            private long at;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (at >= size) {
                    return -1;
                }
                int n = (int) Math.min(len, size - at);
                for (int i = 0; i < n; i++) {
                    long p = at + i;
                    b[off + i] = p < head.length ? head[(int) p] : tail[(int) ((p - head.length) % tail.length)];
                }
                at += n;
                return n;
            }
        };
    }

    /** The same as a chunked body: each piece of {@code body} framed as a chunk, then the last chunk. */
    public static InputStream chunked(InputStream body) {
        return new InputStream() {
            private byte[] frame = new byte[0];
            private int at;
            private boolean ended;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (at == frame.length) {
                    if (ended) {
                        return -1;
                    }
                    byte[] piece = new byte[16 * 1024];
                    int n = body.read(piece);
                    ByteArrayOutputStream next = new ByteArrayOutputStream();
                    if (n <= 0) {
                        next.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                        ended = true;
                    } else {
                        next.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                        next.write(piece, 0, n);
                        next.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    }
                    frame = next.toByteArray();
                    at = 0;
                }
                int n = Math.min(len, frame.length - at);
                System.arraycopy(frame, at, b, off, n);
                at += n;
                return n;
            }
        };
    }

    private static Response read(InputStream in, AtomicLong sent) throws IOException {
        String status = line(in);
        while (status != null && status.matches("HTTP/1\\.1 1\\d\\d.*")) {
            // 100 Continue: the server asks for the body; the answer follows.
            String line = line(in);
            while (line != null && !line.isEmpty()) {
                line = line(in);
            }
            status = line(in);
        }
        if (status == null) {
            throw new IOException("the server closed the connection without an answer");
        }
        // The answer, once it comes, says how much of the body had gone by then.
        long bodySent = sent.get();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String line; (line = line(in)) != null && !line.isEmpty(); ) {
            int colon = line.indexOf(':');
            headers.computeIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(line.substring(colon + 1).strip());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        List<String> length = headers.get("content-length");
        List<String> encoding = headers.get("transfer-encoding");
        if (length != null) {
            body.write(in.readNBytes(Integer.parseInt(length.get(0))));
        } else if (encoding != null && encoding.get(0).equalsIgnoreCase("chunked")) {
            for (int size; (size = Integer.parseInt(line(in).split(";")[0].strip(), 16)) > 0; ) {
                body.write(in.readNBytes(size));
                line(in);
            }
        }
        return new Response(Integer.parseInt(status.split(" ")[1]), headers, body.toString(StandardCharsets.UTF_8),
                bodySent);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b; (b = in.read()) >= 0; ) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }
}
