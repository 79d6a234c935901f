package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

class ApiErrorsUnexpectedTest {

    @Test
    void anUnexpectedFailureIsA500ProblemThatShowsNoInternals() {
        var failure = new IllegalStateException("SQLITE_CORRUPT at /home/someone/kith.db");

        ResponseEntity<ProblemDetail> reply = new ApiErrors().unexpected(failure,
                new MockHttpServletRequest("GET", "/api/v1/today"));

        assertThat(reply.getStatusCode().value()).isEqualTo(500);
        assertThat(reply.getBody().getDetail()).doesNotContain("SQLITE").doesNotContain("kith.db");
        assertThat(reply.getBody().getProperties()).isNull();
    }
}
