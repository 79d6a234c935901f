package app.kith.api;

import app.kith.Conflict;
import app.kith.Invalid;
import app.kith.NotFound;
import app.kith.db.Database;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every refusal as an RFC 9457 problem ({@code application/problem+json}). Input errors carry a
 * {@code field} property naming the JSON property or query parameter at fault, so a client can
 * point at it. The web app's pages will get their own advice, scoped to their controllers.
 */
@RestControllerAdvice(basePackages = "app.kith.api")
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(Invalid.class)
    ResponseEntity<ProblemDetail> invalid(Invalid e) {
        return problem(HttpStatus.BAD_REQUEST, e.getMessage(), e.field());
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage(), null);
    }

    @ExceptionHandler(Conflict.class)
    ResponseEntity<ProblemDetail> conflict(Conflict e) {
        return problem(HttpStatus.CONFLICT, e.getMessage(), e.field());
    }

    /** A PATCH body that does not fit once merged (it is read as a tree first). */
    @ExceptionHandler(JacksonException.class)
    ResponseEntity<ProblemDetail> unreadable(JacksonException e) {
        return ResponseEntity.badRequest().body(unreadableBody(e));
    }

    /**
     * A bug or an outage: logged in full, answered without internals. The store being busy (another
     * program writing for longer than a request waits) is neither: the failed write saved nothing,
     * and the client may simply try again.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        if (Database.full(e)) {
            log.error("{} {} refused: the disk is full ({})", request.getMethod(), request.getRequestURI(), e.getMessage());
            return problem(HttpStatus.INSUFFICIENT_STORAGE, Database.FULL_MESSAGE, null);
        }
        if (Database.busy(e)) {
            log.warn("{} {} refused: the store is busy ({})", request.getMethod(), request.getRequestURI(), e.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(Database.RETRY_AFTER.toSeconds()))
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, Database.busyMessage(e)));
        }
        log.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on the server. Nothing was changed by the failed step; the server log has the details.",
                null);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail body = e.getCause() instanceof JacksonException jackson ? unreadableBody(jackson)
                : ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "a JSON body is required");
        return handleExceptionInternal(e, body, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        ProblemDetail body = withField(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                name + " must be " + expected(e.getRequiredType()) + ", not \"" + e.getValue() + "\""), name);
        return handleExceptionInternal(e, body, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail body = withField(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                e.getParameterName() + " is required"), e.getParameterName());
        return handleExceptionInternal(e, body, headers, status, request);
    }

    /** Says what was wrong with a body, naming the property at fault when Jackson knows it. */
    private static ProblemDetail unreadableBody(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            Collection<Object> known = unknown.getKnownPropertyIds();
            return withField(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "unknown property \""
                    + unknown.getPropertyName() + "\"" + (known == null || known.isEmpty() ? "" : "; expected one of: "
                    + known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")))),
                    unknown.getPropertyName());
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().get(0).getPropertyName();
            String value = mismatch instanceof InvalidFormatException format ? ", not \"" + format.getValue() + "\"" : "";
            return withField(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    path(mismatch) + " must be " + expected(mismatch.getTargetType()) + value), field);
        }
        if (e instanceof MismatchedInputException) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "the body must be one JSON object");
        }
        String where = e instanceof StreamReadException read && read.getLocation() != null
                ? " (line " + read.getLocation().getLineNr() + ", column " + read.getLocation().getColumnNr() + ")" : "";
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "the body is not valid JSON" + where);
    }

    /** emails[2], or rhythmDays. */
    private static String path(JacksonException e) {
        StringBuilder s = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                s.append(s.length() == 0 ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                s.append('[').append(ref.getIndex()).append(']');
            }
        }
        return s.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == LocalDate.class) {
            return "a date like 2026-03-01";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, String field) {
        return ResponseEntity.status(status).body(withField(ProblemDetail.forStatusAndDetail(status, detail), field));
    }

    private static ProblemDetail withField(ProblemDetail problem, String field) {
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }
}
