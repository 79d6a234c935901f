package app.kith.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.CharBuffer;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Says on every response how long the server took, as {@code Server-Timing: app;dur=12.3}
 * (milliseconds): browsers show it in their developer tools, and {@code kith bench web} reads it.
 *
 * <p>The clock runs from the request entering this filter, the first of all (before security),
 * to the response being committed. A header travels before the body, so the commit is the last
 * moment it can still be written: the clock stops just before the first bytes would leave (the
 * body outgrows the buffer or reaches its Content-Length, is flushed, is a redirect or an error,
 * or the request ends). The buffer is raised to {@value #BUFFER} bytes so that a whole page
 * normally renders before anything is sent: the figure then covers the security filters, the
 * handler and the template, and leaves out only the container's parsing and the network.
 */
final class ServerTiming extends OncePerRequestFilter {

    static final String HEADER = "Server-Timing";
    static final int BUFFER = 64 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Timed timed = new Timed(response, System.nanoTime());
        if (response.getBufferSize() < BUFFER) {
            response.setBufferSize(BUFFER);
        }
        try {
            chain.doFilter(request, timed);
        } finally {
            timed.stop();
        }
    }

    /** The response, watched for the moment it is about to be committed. */
    private static final class Timed extends HttpServletResponseWrapper {

        private final long start;
        private boolean stopped;
        private long written;
        private long contentLength = -1;
        private ServletOutputStream stream;
        private PrintWriter writer;

        Timed(HttpServletResponse response, long start) {
            super(response);
            this.start = start;
        }

        void stop() {
            if (!stopped && !isCommitted()) {
                stopped = true;
                setHeader(HEADER, String.format(Locale.ROOT, "app;dur=%.1f", (System.nanoTime() - start) / 1e6));
            }
        }

        /** Called before {@code bytes} more go out: if they fill the buffer or the declared length, they commit. */
        void writing(long bytes) {
            written += bytes;
            if (written >= getBufferSize() || (contentLength >= 0 && written >= contentLength)) {
                stop();
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                stream = new TimedStream(super.getOutputStream());
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                writer = new PrintWriter(new TimedWriter(super.getWriter()));
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            stop();
            super.flushBuffer();
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            stop();
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            stop();
            super.sendError(status);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            stop();
            super.sendRedirect(location);
        }

        @Override
        public void resetBuffer() {
            super.resetBuffer();
            written = 0;
        }

        @Override
        public void reset() {
            super.reset();
            written = 0;
            contentLength = -1;
        }

        @Override
        public void setContentLength(int length) {
            setContentLengthLong(length);
        }

        @Override
        public void setContentLengthLong(long length) {
            contentLength = length;
            super.setContentLengthLong(length);
        }

        @Override
        public void setHeader(String name, String value) {
            noteLength(name, value);
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            noteLength(name, value);
            super.addHeader(name, value);
        }

        private void noteLength(String name, String value) {
            if ("Content-Length".equalsIgnoreCase(name) && value != null && value.strip().matches("\\d{1,18}")) {
                contentLength = Long.parseLong(value.strip());
            }
        }

        private final class TimedStream extends ServletOutputStream {
            private final ServletOutputStream out;

            TimedStream(ServletOutputStream out) {
                this.out = out;
            }

            @Override
            public void write(int b) throws IOException {
                writing(1);
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                writing(len);
                out.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                stop();
                out.flush();
            }

            @Override
            public void close() throws IOException {
                stop();
                out.close();
            }

            @Override
            public boolean isReady() {
                return out.isReady();
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                out.setWriteListener(listener);
            }
        }

        /** Counts characters as UTF-8 bytes: never fewer than the response's encoding makes of them. */
        private final class TimedWriter extends Writer {
            private final PrintWriter out;

            TimedWriter(PrintWriter out) {
                this.out = out;
            }

            @Override
            public void write(char[] chars, int off, int len) {
                writing(utf8(CharBuffer.wrap(chars), off, len));
                out.write(chars, off, len);
            }

            @Override
            public void write(String text, int off, int len) {
                writing(utf8(text, off, len));
                out.write(text, off, len);
            }

            @Override
            public void flush() {
                stop();
                out.flush();
            }

            @Override
            public void close() {
                stop();
                out.close();
            }
        }

        private static long utf8(CharSequence text, int off, int len) {
            long bytes = 0;
            for (int i = off; i < off + len; i++) {
                char c = text.charAt(i);
                bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
            }
            return bytes;
        }
    }
}
