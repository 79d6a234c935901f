package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ServerTimingTest {

    static final String TIMING = "app;dur=\\d+\\.\\d";

    /** A response that remembers the Server-Timing header as it was when the response was committed. */
    static final class Committing extends MockHttpServletResponse {
        String timingAtCommit;
        boolean committed;

        @Override
        public void setCommitted(boolean committed) {
            if (committed && !this.committed) {
                this.committed = true;
                timingAtCommit = getHeader(ServerTiming.HEADER);
            }
            super.setCommitted(committed);
        }
    }

    Committing run(FilterChain chain) throws Exception {
        Committing response = new Committing();
        response.setCharacterEncoding("UTF-8");
        new ServerTiming().doFilter(new MockHttpServletRequest("GET", "/people"), response, chain);
        response.setCommitted(true); // the container commits what is left at the end
        return response;
    }

    @Test
    void aPageSmallerThanTheBufferIsTimedToItsEnd() throws Exception {
        Committing response = run((req, res) -> {
            res.getWriter().write("<p>Hello</p>");
            sleep(30);
        });

        assertThat(response.timingAtCommit).matches(TIMING);
        assertThat(Double.parseDouble(response.timingAtCommit.substring("app;dur=".length()))).isGreaterThanOrEqualTo(30);
    }

    @Test
    void aPageLargerThanTheBufferIsTimedUntilItsFirstBytesLeave() throws Exception {
        // Two-byte characters, as a template writes them, a piece at a time: counted as characters
        // instead of bytes, the buffer would overflow before the header was set.
        String piece = "é".repeat(1000);
        String page = piece.repeat(ServerTiming.BUFFER / 1000);

        Committing response = run((req, res) -> {
            for (int i = 0; i < ServerTiming.BUFFER / 1000; i++) {
                res.getWriter().write(piece);
            }
        });

        assertThat(response.timingAtCommit).matches(TIMING);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(page);
    }

    @Test
    void aBodyOfDeclaredLengthIsTimedBeforeItsLastByte() throws Exception {
        byte[] body = new byte[1000];

        Committing response = run((req, res) -> {
            res.setContentLength(body.length);
            res.getOutputStream().write(body);
            ((MockHttpServletResponse) unwrap(res)).setCommitted(true); // as Tomcat does once the length is reached
        });

        assertThat(response.timingAtCommit).matches(TIMING);
    }

    @Test
    void redirectsFlushesAndErrorsAreTimed() throws Exception {
        assertThat(run((req, res) -> ((HttpServletResponse) res).sendRedirect("/login")).timingAtCommit).matches(TIMING);
        assertThat(run((req, res) -> {
            res.getWriter().write("x");
            res.getWriter().flush();
        }).timingAtCommit).matches(TIMING);
        assertThat(run((req, res) -> ((HttpServletResponse) res).sendError(404)).timingAtCommit).matches(TIMING);
    }

    static jakarta.servlet.ServletResponse unwrap(jakarta.servlet.ServletResponse response) {
        return response instanceof jakarta.servlet.ServletResponseWrapper w ? unwrap(w.getResponse()) : response;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
