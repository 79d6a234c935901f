package app.kith.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Refuses a request larger than {@link Limits} allows with 413, before it is read: a declared
 * Content-Length over the limit is answered at once, and a body sent without one (chunked) is
 * counted as it is read and stops at the limit. Memory never holds more than the limit of a
 * body, whatever a client sends. The error page (a problem document under /api) says the limit.
 *
 * <p>The import page's multipart upload is read by the container, not through this filter:
 * there the declared length is checked here and the container's own limits do the counting.
 */
final class BodyLimit extends OncePerRequestFilter {

    /** Set on a request whose body went past its limit while it was read. */
    static final String OVER = BodyLimit.class.getName() + ".over";

    private final Limits limits;

    BodyLimit(Limits limits) {
        this.limits = limits;
    }

    long limitFor(HttpServletRequest request) {
        String path = request.getRequestURI();
        if ("POST".equals(request.getMethod()) && path.startsWith("/api/v1/imports/")) {
            return limits.upload().toBytes();
        }
        if ("POST".equals(request.getMethod()) && path.equals("/import")) {
            return limits.uploadForm();
        }
        return limits.body().toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request);
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(request, response);
            return;
        }
        if (declared >= 0) {
            // The container never reads past a declared length.
            chain.doFilter(request, response);
            return;
        }
        Counted counted = new Counted(request, limit);
        chain.doFilter(counted, response);
        if (counted.over && !response.isCommitted()) {
            // A handler that made something of a body cut short: the answer is still that it was too large.
            response.reset();
            refuse(request, response);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, limits.refusal(request.getRequestURI()));
    }

    /**
     * Whatever a handler's reading of a body cut short at its limit threw (Jackson's "not valid
     * JSON", an import's "the file cannot be read"), the answer is 413: this resolver comes before
     * the handlers' own error advice.
     */
    static final class TooLarge implements HandlerExceptionResolver, Ordered {

        @Override
        public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                             Exception e) {
            if (request.getAttribute(OVER) == null || response.isCommitted()) {
                return null;
            }
            try {
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            } catch (IOException failed) {
                return null;
            }
            return new ModelAndView();
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE + 1;
        }
    }

    /** The request, its body read through a count that stops at the limit. */
    private static final class Counted extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream in;
        private BufferedReader reader;
        boolean over;

        Counted(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (in == null) {
                in = new Stopping(super.getInputStream());
            }
            return in;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (reader == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
                reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
            }
            return reader;
        }

        private final class Stopping extends ServletInputStream {

            private final ServletInputStream body;
            private long read;

            Stopping(ServletInputStream body) {
                this.body = body;
            }

            @Override
            public int read() throws IOException {
                refuseIfOver();
                int b = body.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                refuseIfOver();
                int n = body.read(buffer, offset, length);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            private void count(int n) throws IOException {
                read += n;
                if (read > limit) {
                    over = true;
                    setAttribute(OVER, true);
                }
                refuseIfOver();
            }

            private void refuseIfOver() throws IOException {
                if (over) {
                    throw new IOException("the request body is larger than " + limit + " bytes");
                }
            }

            @Override
            public boolean isFinished() {
                return over || body.isFinished();
            }

            @Override
            public boolean isReady() {
                return body.isReady();
            }

            @Override
            public void setReadListener(ReadListener listener) {
                body.setReadListener(listener);
            }
        }
    }
}
